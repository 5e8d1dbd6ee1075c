package io.lifeboat.incident;

import io.lifeboat.audit.AuditEntry;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.Exposure;
import io.lifeboat.exposure.ExposureQuery;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.AffectedBooking;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Task;
import io.lifeboat.playbook.Match;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.TaskTemplate;
import io.lifeboat.store.Database;
import io.lifeboat.store.DuplicateKeyException;
import io.lifeboat.store.ExposureRepository;
import io.lifeboat.store.IncidentRepository;
import io.lifeboat.store.TaskRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The incident lifecycle: open (exposure with the playbook's kinds and buffers, triage, tasks with absolute
 * due times, grading and the report deadline), update counts, close. Every change lands in one
 * transaction together with its audit entry.
 */
public final class IncidentService {
    private final Database db;
    private final IncidentRepository incidents;
    private final TaskRepository tasks;
    private final AuditLog audit;

    public IncidentService(Database db) {
        this.db = db;
        this.incidents = new IncidentRepository(db);
        this.tasks = new TaskRepository(db);
        this.audit = new AuditLog(db);
    }

    public Opened open(OpenRequest r) {
        Playbook pb = r.playbook();
        Match match = pb.match();
        boolean bookingScope = Match.BOOKING.equals(match.scope());
        validate(r, bookingScope);
        AreaSet areas = r.areas() == null ? new AreaSet(List.of()) : r.areas();
        Long fromMs = r.window() == null ? null : r.window().from().toEpochMilli();
        Long untilMs = r.window() == null ? null : r.window().until().toEpochMilli();
        String key = MatchKey.of(pb.id(), areas.specs(), fromMs, untilMs, r.bookingId(), r.drill());

        if (!r.force()) {
            Optional<Incident> existing = incidents.findOpenByMatchKey(key);
            if (existing.isPresent()) return describeExisting(existing.get());
        }

        List<ExposedSegment> segments = bookingScope ? bookingSegments(r) : areaSegments(r, areas);
        Map<String, AffectedBooking> affected = triage(pb, segments, r.now());
        long travelers = affected.values().stream().mapToLong(AffectedBooking::travelers).sum();
        Integer stranded = null;
        int derivedStranded = strandedFromAffected(r, bookingScope, travelers);
        Grade grade = r.regulator().grade(0, 0, derivedStranded);
        Long reportDue = grade.reportable() ? r.now().plus(r.regulator().reportDeadline()).toEpochMilli() : null;
        String title = r.title() != null && !r.title().isBlank() ? r.title() : defaultTitle(pb, r, areas);

        Incident draft = new Incident(0, title, pb.id(), pb.version(), pb.source(), match.scope(), Incident.OPEN,
                r.drill(), areas.specs(), fromMs, untilMs, r.bookingId(), key, r.force(), r.source(),
                r.now().toEpochMilli(), r.actor(), null, null, null, 0, 0, stranded, r.regulator().id(), grade.id(),
                reportDue, 1);
        try {
            // Under a savepoint: when this open is one step of a larger change (watch acting on an alert)
            // and a racing process wins, only the open is undone and the caller's transaction stays
            // usable (PostgreSQL aborts the whole transaction on a failed statement).
            return db.inTransaction(t -> db.withSavepoint(c -> {
                long id = incidents.insert(draft);
                incidents.insertAffected(id, affected.values(), segments);
                List<Task> created = taskList(id, pb, r.now());
                tasks.insert(created);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("playbook", pb.id() + "@" + pb.version());
                details.put("title", title);
                details.put("areas", areas.specs());
                details.put("window", r.window() == null ? null : List.of(r.window().from().toString(),
                        r.window().until().toString()));
                details.put("booking", r.bookingId());
                details.put("drill", r.drill());
                details.put("source", r.source());
                details.put("affected_bookings", affected.size());
                details.put("affected_travelers", travelers);
                details.put("grade", grade.id());
                details.put("report_due", reportDue == null ? null : Instant.ofEpochMilli(reportDue).toString());
                audit.record(r.now(), r.actor(), "incident.open", id, details);
                Incident stored = incidents.find(id).orElseThrow();
                return new Opened(stored, false, affected.size(), travelers, segments.size(), created);
            }));
        } catch (DuplicateKeyException raced) {
            // Another process opened the same incident between our check and our insert: theirs stands.
            return describeExisting(incidents.findOpenByMatchKey(key).orElseThrow(() -> raced));
        }
    }

    private Opened describeExisting(Incident i) {
        long[] counts = incidents.affectedCounts().getOrDefault(i.id(), new long[] {0, 0});
        return new Opened(i, true, counts[0], counts[1], incidents.affectedSegments(i.id(), false).size(),
                tasks.forIncident(i.id()));
    }

    private static void validate(OpenRequest r, boolean bookingScope) {
        List<Problem> problems = new ArrayList<>();
        if (bookingScope) {
            if (r.bookingId() == null) {
                problems.add(Problem.general("--booking", "playbook " + r.playbook().id()
                        + " is per booking: give the booking it concerns (--booking ID)"));
            }
        } else {
            if (r.areas() == null || r.areas().isEmpty()) {
                problems.add(Problem.general("--area", "playbook " + r.playbook().id() + " needs an area (--area SPEC)"));
            }
            if (r.window() == null) {
                problems.add(Problem.general("--from/--until", "playbook " + r.playbook().id()
                        + " needs the event's window (--from TIME --until TIME)"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private List<ExposedSegment> areaSegments(OpenRequest r, AreaSet areas) {
        return areaSegments(r.playbook(), areas, r.window());
    }

    private List<ExposedSegment> areaSegments(Playbook pb, AreaSet areas, TimeWindow window) {
        Match m = pb.match();
        TimeWindow widened = window.widened(orZero(m.lead()), orZero(m.tail()));
        return new Exposure(db).find(new ExposureQuery(areas.buffered(m.bufferKm()), widened, Set.copyOf(m.kinds())));
    }

    /** A per-booking incident affects the booking's segments still ahead (or those in the window, if given). */
    private List<ExposedSegment> bookingSegments(OpenRequest r) {
        List<ExposedSegment> out = new ArrayList<>();
        long from = r.window() == null ? r.now().toEpochMilli() : r.window().from().toEpochMilli();
        Long until = r.window() == null ? null : r.window().until().toEpochMilli();
        new ExposureRepository(db).forBooking(r.bookingId(), from, until, Set.copyOf(r.playbook().match().kinds()),
                out::add);
        if (out.isEmpty() && new io.lifeboat.store.BookingRepository(db).existing(List.of(r.bookingId())).isEmpty()) {
            throw new InvalidInputException(Problem.general("--booking", "no booking '" + r.bookingId() + "'"));
        }
        return out;
    }

    private Map<String, AffectedBooking> triage(Playbook pb, List<ExposedSegment> segments, Instant now) {
        Map<String, ExposedSegment> firstByBooking = new LinkedHashMap<>();
        for (ExposedSegment s : segments) firstByBooking.putIfAbsent(s.bookingId(), s);
        Map<String, long[]> spans = incidents.tripSpans(firstByBooking.keySet());
        long nowMs = now.toEpochMilli();
        Map<String, AffectedBooking> out = new LinkedHashMap<>();
        for (ExposedSegment s : firstByBooking.values()) {
            long[] span = spans.get(s.bookingId());
            boolean inTrip = span != null && span[0] <= nowMs && nowMs < span[1];
            out.put(s.bookingId(), Triage.rank(pb.priority(),
                    new Triage.Facts(s.bookingId(), s.tier(), s.needs(), s.partySize(), inTrip)));
        }
        return out;
    }

    /**
     * Travelers stranded over the profile's threshold (24 h): in an area incident whose window lasts at
     * least that long, every affected traveler is counted as stranded; otherwise none until the duty
     * manager says so ({@code incident update --stranded}).
     */
    private static int strandedFromAffected(OpenRequest r, boolean bookingScope, long travelers) {
        if (bookingScope || r.window() == null) return 0;
        Duration span = Duration.between(r.window().from(), r.window().until());
        return span.compareTo(Duration.ofHours(r.regulator().strandedHours())) >= 0 ? (int) Math.min(travelers,
                Integer.MAX_VALUE) : 0;
    }

    private static List<Task> taskList(long incidentId, Playbook pb, Instant now) {
        List<Task> out = new ArrayList<>();
        for (TaskTemplate t : pb.tasks()) {
            out.add(new Task(incidentId, t.id(), t.title(), t.capability().code(), t.template(),
                    now.plus(t.due()).toEpochMilli(), Task.OPEN, null, null, null));
        }
        return out;
    }

    private static String defaultTitle(Playbook pb, OpenRequest r, AreaSet areas) {
        String what = pb.name("en");
        if (r.bookingId() != null) return what + ": booking " + r.bookingId();
        return what + ": " + String.join(" + ", areas.specs().stream()
                .map(s -> s.length() > 40 ? s.substring(0, 37) + "..." : s).toList());
    }

    private static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }

    // ------------------------------------------------------------------ changes after opening

    public Incident get(long id) {
        return incidents.find(id).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "no incident " + id + "; see 'lifeboat incident list'"));
    }

    /** Sets the counts the duty manager knows (null = unchanged) and regrades. */
    public Incident update(long id, Integer deaths, Integer injured, Integer stranded, String title,
                           RegulatorProfile regulator, String actor, Instant now) {
        return update(get(id), deaths, injured, stranded, title, regulator, actor, now);
    }

    /**
     * Updates the incident as the caller saw it ({@code seen}): if anybody changed it since (another
     * duty manager, watch, a task done), nothing is written and the failure names who and when.
     */
    public Incident update(Incident seen, Integer deaths, Integer injured, Integer stranded, String title,
                           RegulatorProfile regulator, String actor, Instant now) {
        Incident i = seen;
        long id = i.id();
        if (!i.isOpen()) throw new ExitException(ExitCodes.USAGE, "incident " + id + " is closed");
        int d = deaths == null ? i.deaths() : deaths;
        int inj = injured == null ? i.injured() : injured;
        Integer str = stranded == null ? i.stranded() : stranded;
        List<Problem> problems = new ArrayList<>();
        if (d < 0) problems.add(Problem.general("--deaths", "cannot be negative"));
        if (inj < 0) problems.add(Problem.general("--injured", "cannot be negative"));
        if (str != null && str < 0) problems.add(Problem.general("--stranded", "cannot be negative"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        int effectiveStranded = str != null ? str : derivedStranded(i, regulator);
        Grade grade = regulator.grade(d, inj, effectiveStranded);
        Long due = !grade.reportable() ? null
                : i.reportDueMs() != null ? i.reportDueMs() : now.plus(regulator.reportDeadline()).toEpochMilli();
        String newTitle = title == null || title.isBlank() ? i.title() : title;
        return db.inTransaction(c -> {
            if (!incidents.updateCounts(id, i.version(), d, inj, str, newTitle, grade.id(), due)) throw stale(i);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("deaths", d);
            details.put("injured", inj);
            details.put("stranded", str);
            details.put("title", newTitle);
            details.put("grade", grade.id());
            details.put("previous_grade", i.grade());
            details.put("report_due", due == null ? null : Instant.ofEpochMilli(due).toString());
            audit.record(now, actor, "incident.update", id, details);
            return incidents.find(id).orElseThrow();
        });
    }

    /** Stranded travelers as derived at opening, for regrading when the manager has not set them. */
    public int derivedStranded(Incident i, RegulatorProfile regulator) {
        if (i.windowFromMs() == null || Match.BOOKING.equals(i.scope())) return 0;
        long hours = (i.windowUntilMs() - i.windowFromMs()) / 3_600_000L;
        if (hours < regulator.strandedHours()) return 0;
        return (int) incidents.affectedCounts().getOrDefault(i.id(), new long[] {0, 0})[1];
    }

    /**
     * Moves an open area incident to a new area and window (a CAP Update), re-runs the match with the playbook's
     * kinds, buffers and priorities, regrades, and says which bookings are newly affected and which no longer.
     */
    public Rescoped rescope(long id, Playbook pb, AreaSet areas, TimeWindow window, RegulatorProfile regulator,
                            String source, String actor, Instant now) {
        Incident i = get(id);
        if (!i.isOpen()) throw new ExitException(ExitCodes.USAGE, "incident " + id + " is closed");
        Map<String, AffectedBooking> before = new LinkedHashMap<>();
        incidents.affectedBookings(id).forEach((k, v) -> {
            if (AffectedBooking.AFFECTED.equals(v.status())) before.put(k, v);
        });
        List<ExposedSegment> segments = areaSegments(pb, areas, window);
        Map<String, AffectedBooking> affected = triage(pb, segments, now);
        List<String> newly = affected.keySet().stream().filter(k -> !before.containsKey(k)).sorted().toList();
        List<String> noLonger = before.keySet().stream().filter(k -> !affected.containsKey(k)).sorted().toList();
        long travelers = affected.values().stream().mapToLong(AffectedBooking::travelers).sum();
        Duration span = Duration.between(window.from(), window.until());
        int derived = span.compareTo(Duration.ofHours(regulator.strandedHours())) >= 0
                ? (int) Math.min(travelers, Integer.MAX_VALUE) : 0;
        Grade grade = regulator.grade(i.deaths(), i.injured(), i.stranded() != null ? i.stranded() : derived);
        Long due = !grade.reportable() ? null
                : i.reportDueMs() != null ? i.reportDueMs() : now.plus(regulator.reportDeadline()).toEpochMilli();
        long fromMs = window.from().toEpochMilli();
        long untilMs = window.until().toEpochMilli();
        String key = MatchKey.of(pb.id(), areas.specs(), fromMs, untilMs, null, i.drill());
        return db.inTransaction(c -> {
            if (!incidents.updateScope(id, i.version(), areas.specs(), fromMs, untilMs, key, grade.id(), due)) {
                throw stale(i);
            }
            incidents.replaceAffected(id, affected.values(), segments);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("deaths", i.deaths());
            details.put("injured", i.injured());
            details.put("stranded", i.stranded());
            details.put("title", i.title());
            details.put("grade", grade.id());
            details.put("previous_grade", i.grade());
            details.put("report_due", due == null ? null : Instant.ofEpochMilli(due).toString());
            details.put("source", source);
            details.put("areas", areas.specs());
            details.put("window", List.of(window.from().toString(), window.until().toString()));
            details.put("affected_bookings", affected.size());
            details.put("newly_affected", newly);
            details.put("no_longer_affected", noLonger);
            audit.record(now, actor, "incident.update", id, details);
            return new Rescoped(incidents.find(id).orElseThrow(), affected.size(), newly, noLonger);
        });
    }

    /** An incident after {@link #rescope}: how many bookings it now affects, who joined and who left. */
    public record Rescoped(Incident incident, long affectedBookings, List<String> newlyAffected,
                           List<String> noLongerAffected) {
        public Rescoped {
            newlyAffected = List.copyOf(newlyAffected);
            noLongerAffected = List.copyOf(noLongerAffected);
        }
    }

    /** Closes an open incident; closing a closed one again changes nothing and says so. */
    public boolean close(long id, String reason, String actor, Instant now) {
        return close(get(id), reason, actor, now);
    }

    /** Closes the incident as the caller saw it; refused (exit 1) if it changed since. */
    public boolean close(Incident seen, String reason, String actor, Instant now) {
        Incident i = seen;
        long id = i.id();
        if (!i.isOpen()) return false;
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Problem.general("--reason", "say why the incident is closed"));
        }
        return db.inTransaction(c -> {
            if (!incidents.close(id, i.version(), now.toEpochMilli(), actor, reason)) throw stale(i);
            audit.record(now, actor, "incident.close", id, Map.of("reason", reason));
            return true;
        });
    }

    /** Marks a task done; a second time changes nothing and returns the task as it was done. */
    public TaskDone taskDone(long incidentId, String taskId, String note, String actor, Instant now) {
        return taskDone(get(incidentId), taskId, note, actor, now);
    }

    /**
     * Marks a task done on the incident as the caller saw it. A task done is a change of the incident
     * (its version moves on), so it is refused with who and when if the incident changed since.
     */
    public TaskDone taskDone(Incident seen, String taskId, String note, String actor, Instant now) {
        Incident i = seen;
        long incidentId = i.id();
        Task t = tasks.find(incidentId, taskId).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "incident " + incidentId + " has no task '" + taskId + "'; see 'lifeboat task list " + incidentId + "'"));
        if (t.isDone()) return new TaskDone(t, false);
        if (!i.isOpen()) throw new ExitException(ExitCodes.USAGE, "incident " + incidentId + " is closed");
        return db.inTransaction(c -> {
            if (!incidents.bumpVersion(incidentId, i.version())) throw stale(i);
            if (!tasks.markDone(incidentId, taskId, now.toEpochMilli(), actor, note)) {
                return new TaskDone(tasks.find(incidentId, taskId).orElseThrow(), false);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("task", taskId);
            details.put("capability", t.capability());
            details.put("due", Instant.ofEpochMilli(t.dueMs()).toString());
            details.put("late_s", Math.max(0, (now.toEpochMilli() - t.dueMs()) / 1000));
            details.put("note", note);
            audit.record(now, actor, "task.done", incidentId, details);
            return new TaskDone(tasks.find(incidentId, taskId).orElseThrow(), true);
        });
    }

    /** A task after {@code task done}, and whether this call is the one that marked it. */
    public record TaskDone(Task task, boolean changed) {
    }

    private ExitException stale(Incident seen) {
        List<AuditEntry> history = audit.forIncident(seen.id());
        AuditEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
        String who = last == null ? "someone" : last.actor();
        String when = last == null ? "just now" : Instant.ofEpochMilli(last.atMs()).toString();
        return new ExitException(ExitCodes.FAILURE, "incident " + seen.id() + " was changed by " + who + " at " + when
                + " while you worked; nothing was overwritten; re-run the command");
    }

    /** The one-screen summary of {@code incident show}. */
    public IncidentSummary summary(long id, Instant now) {
        Incident i = get(id);
        return IncidentSummary.of(i, gradeOf(i), incidents.affectedSegments(id, false), tasks.forIncident(id),
                now.toEpochMilli());
    }

    /** The incident's grade with its name from the regulator profile it was graded under. */
    public static Grade gradeOf(Incident i) {
        if ("none".equals(i.grade())) return Grade.NONE;
        try {
            RegulatorProfile.Level l = RegulatorProfiles.find(i.regulatorId()).level(i.grade());
            if (l != null) return new Grade(l.id(), l.name());
        } catch (RuntimeException e) {
            // a profile file that moved away: show the grade's id
        }
        return new Grade(i.grade(), Map.of("en", i.grade()));
    }

    /** Open incidents first, with affected and task counts. */
    public List<IncidentRow> list(boolean all, Instant now) {
        Map<Long, long[]> affected = incidents.affectedCounts();
        Map<Long, int[]> taskCounts = incidents.taskCounts(now.toEpochMilli());
        List<IncidentRow> out = new ArrayList<>();
        for (Incident i : incidents.list(all)) {
            long[] a = affected.getOrDefault(i.id(), new long[] {0, 0});
            int[] t = taskCounts.getOrDefault(i.id(), new int[] {0, 0});
            out.add(new IncidentRow(i, gradeOf(i), a[0], a[1], t[0], i.isOpen() ? t[1] : 0));
        }
        return out;
    }

    /** A line of {@code incident list}. */
    public record IncidentRow(Incident incident, Grade grade, long bookings, long travelers, int tasksOpen,
                              int tasksOverdue) {
    }

    public List<io.lifeboat.model.IncidentSegment> affected(long id, boolean includeNoLonger) {
        get(id);
        return incidents.affectedSegments(id, includeNoLonger);
    }

    public List<AuditEntry> timeline(long id) {
        get(id);
        return audit.forIncident(id);
    }

    public List<Task> tasks(long incidentId) {
        get(incidentId);
        return tasks.forIncident(incidentId);
    }

}
