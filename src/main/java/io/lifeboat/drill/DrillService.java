package io.lifeboat.drill;

import com.fasterxml.jackson.core.type.TypeReference;
import io.lifeboat.audit.AuditEntry;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.OpenRequest;
import io.lifeboat.incident.Opened;
import io.lifeboat.incident.RegulatorProfile;
import io.lifeboat.model.DrillLogEntry;
import io.lifeboat.model.DrillPlanItem;
import io.lifeboat.model.DrillRating;
import io.lifeboat.model.DrillRun;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.Texts;
import io.lifeboat.render.Json;
import io.lifeboat.store.Database;
import io.lifeboat.store.DrillRepository;
import io.lifeboat.store.DuplicateKeyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drill runs. A run's incident lives in a sandbox: a copy of the database made when the run starts, so the
 * team works the drill with the same commands as a real incident ({@code --db SANDBOX task done ...}) without
 * touching the real incidents, and the incident is flagged drill (nothing can be sent from it). The run, the
 * observer's log, ratings and the plan live in the database the drill was started from; ending a run keeps a
 * copy of the drill incident's audit entries there, so its score outlives the sandbox.
 */
public final class DrillService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final Database db;
    private final DrillRepository runs;
    private final AuditLog audit;

    public DrillService(Database db) {
        this.db = db;
        this.runs = new DrillRepository(db);
        this.audit = new AuditLog(db);
    }

    /** What {@link #start} gave: the run and whether it was already running (nothing new was started). */
    public record Started(DrillRun run, Drill drill, boolean existing) {
    }

    /**
     * Starts a run of {@code drill}: copies the database to {@code sandbox} (default: beside it, named after the
     * drill and the time), opens the drill incident there with the opening inject's area and window (relative to
     * now) or booking, and records the run. Starting a drill that is running shows the running run.
     */
    public Started start(Drill drill, String definition, Playbook playbook, RegulatorProfile regulator, int speed,
                         Path sandbox, String actor, Instant now) {
        if (speed < 1) throw new InvalidInputException(Problem.general("--speed", "must be 1 or more"));
        if (!playbook.id().equals(drill.playbook())) {
            throw new InvalidInputException(Problem.general(drill.source(), "playbook: the file names '" + drill.playbook()
                    + "' but playbook '" + playbook.id() + "' was loaded"));
        }
        // SQLite: the drill runs on a copy of the file. Engines that cannot copy a database (PostgreSQL) run
        // the drill in place: the incident is flagged drill there, and nothing can be sent from it either way.
        boolean inPlace = db.dialect().snapshotInto() == null;
        if (inPlace && sandbox != null) {
            throw new InvalidInputException(Problem.general("--sandbox", "a " + db.dialect().name()
                    + " database runs drills in place (the drill incident is flagged drill); leave out --sandbox"));
        }
        Optional<DrillRun> running = runs.running(drill.id());
        if (running.isPresent()) return new Started(running.get(), drill, true);
        Inject opening = drill.opening().orElseThrow(() -> new InvalidInputException(Problem.general(drill.source(),
                "injects: no inject opens the incident")));
        Path target = inPlace ? null : sandbox != null ? sandbox : defaultSandbox(drill, now);
        if (target != null && Files.exists(target)) {
            throw new InvalidInputException(Problem.general("--sandbox", target + " exists; give another path"));
        }
        if (target != null) runs.snapshot(target);
        boolean kept = false;
        try {
            long incidentId;
            if (inPlace) {
                incidentId = openIncident(db, drill, opening, playbook, regulator, actor, now);
            } else {
                try (Database box = Database.open(target.toString())) {
                    incidentId = openIncident(box, drill, opening, playbook, regulator, actor, now);
                }
            }
            String where = inPlace ? db.location() : target.toString();
            DrillRun draft = new DrillRun(0, drill.id(), drill.scenario(), drill.quarter(), drill.type(), drill.playbook(),
                    drill.source(), definition, speed, now.toEpochMilli(), actor, where, incidentId,
                    DrillRun.RUNNING, null, null);
            DrillRun run = db.inTransaction(c -> {
                long id = runs.insertRun(draft);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("run", id);
                details.put("drill", drill.id());
                details.put("quarter", drill.quarter());
                details.put("incident", incidentId);
                details.put("sandbox", inPlace ? "in place" : where);
                details.put("speed", speed);
                details.put("at", now.toString());
                audit.record(now, actor, "drill.start", inPlace ? incidentId : null, details);
                return runs.run(id).orElseThrow();
            });
            kept = true;
            return new Started(run, drill, false);
        } catch (DuplicateKeyException raced) {
            return new Started(runs.running(drill.id()).orElseThrow(() -> raced), drill, true);
        } finally {
            if (!kept && target != null) deleteQuietly(target);
        }
    }

    private static long openIncident(Database box, Drill drill, Inject opening, Playbook playbook,
                                     RegulatorProfile regulator, String actor, Instant now) {
        TimeWindow window = opening.from() == null ? null
                : new TimeWindow(now.plus(opening.from()), now.plus(opening.until()));
        try {
            Opened o = new IncidentService(box).open(new OpenRequest(playbook,
                    opening.areas().isEmpty() ? null : AreaSpec.parseAll(opening.areas()), window,
                    opening.booking(), "DRILL " + drill.id() + ": " + Texts.pick(drill.title(), "en",
                    drill.scenario()), true, true, regulator, "drill:" + drill.id(), actor, now));
            return o.incident().id();
        } catch (InvalidInputException e) {
            // The opening inject's parameters do not fit the playbook or the data: say which inject.
            throw new InvalidInputException(e.problems().stream().map(p -> Problem.general(drill.source(),
                    "injects '" + opening.id() + "': " + p.reason() + (p.file() != null && p.file().startsWith("--")
                    ? " (" + p.file().substring(2) + " of the inject)" : ""))).toList());
        }
    }

    private Path defaultSandbox(Drill drill, Instant now) {
        Path home = Path.of(db.location()).toAbsolutePath();
        String base = home.getFileName().toString().replaceFirst("\\.db$", "");
        return home.resolveSibling(base + ".drill-" + drill.id() + "-" + STAMP.format(now) + ".db");
    }

    private static void deleteQuietly(Path p) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(p + suffix));
            } catch (IOException e) {
                // a leftover copy does no harm; the message already tells what failed
            }
        }
    }

    public DrillRun run(long runId) {
        return runs.run(runId).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "no drill run " + runId + "; see 'lifeboat drill list'"));
    }

    public List<DrillRun> runs() {
        return runs.runs();
    }

    /** The drill as it was when the run started (its text is kept with the run). */
    public static Drill drillOf(DrillRun run) {
        return DrillLoader.load(run.file(), run.definition());
    }

    /** Runs of the same drill file share its text: a trend over years of runs parses each text once. */
    private final Map<String, Drill> parsed = new java.util.HashMap<>();

    private Drill parsedDrill(DrillRun run) {
        return parsed.computeIfAbsent(run.file() + "\n" + run.definition(), k -> drillOf(run));
    }

    /**
     * Records off-tool actions (calls, visits) for a run; an entry already recorded (same action and time) is
     * not recorded twice. Every entry is checked first: an unknown action or a time before the start refuses all.
     */
    public List<DrillLogEntry> log(long runId, List<DrillLogEntry> entries, List<Long> lines, String file, String actor,
                                   Instant now) {
        DrillRun run = run(runId);
        Drill drill = drillOf(run);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DrillLogEntry e = entries.get(i);
            long line = lines == null ? 0 : lines.get(i);
            if (drill.expectedAction(e.expectedId()).isEmpty()) {
                problems.add(Problem.at(file, line, file == null ? "--expected" : "expected_id", "drill " + drill.id()
                        + " expects no action '" + e.expectedId() + "'; expected: " + String.join(", ",
                        drill.expected().stream().map(Expected::id).toList())));
            }
            if (e.atMs() < run.startedMs()) {
                problems.add(Problem.at(file, line, file == null ? "--at" : "at", Instant.ofEpochMilli(e.atMs())
                        + " is before the run started (" + Instant.ofEpochMilli(run.startedMs()) + ")"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return db.inTransaction(c -> {
            List<DrillLogEntry> added = new ArrayList<>();
            for (DrillLogEntry e : entries) {
                if (runs.insertLogs(List.of(e)) == 0) continue;
                added.add(e);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("run", runId);
                details.put("expected", e.expectedId());
                details.put("at", Instant.ofEpochMilli(e.atMs()).toString());
                details.put("note", io.lifeboat.render.Mask.text(e.note()));
                audit.record(now, actor, "drill.log", null, details);
            }
            return added;
        });
    }

    /** Ends a run: closes the drill incident in the sandbox and keeps its audit entries with the run. */
    public boolean end(long runId, String actor, Instant now) {
        DrillRun run = run(runId);
        if (!run.running()) return false;
        List<AuditEntry> entries = inSandbox(run, box -> {
            IncidentService incidents = new IncidentService(box);
            if (incidents.get(run.incidentId()).isOpen()) incidents.close(run.incidentId(), "drill ended", actor, now);
            return new AuditLog(box).forIncident(run.incidentId());
        });
        ScoreCard card = score(run, entries);
        return db.inTransaction(c -> {
            if (!runs.end(runId, now.toEpochMilli(), actor)) return false;
            runs.keepEvidence(runId, entries);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("run", runId);
            details.put("score", round1(card.score()));
            details.put("at", now.toString());
            audit.record(now, actor, "drill.end", null, details);
            return true;
        });
    }

    /**
     * Runs {@code work} on the database holding the run's drill incident: its sandbox copy, or this database
     * when the drill runs in place.
     */
    public <T> T inSandbox(DrillRun run, java.util.function.Function<Database, T> work) {
        if (run.sandbox().equals(db.location())) return work.apply(db);
        if (!Files.exists(Path.of(run.sandbox()))) {
            throw new ExitException(ExitCodes.FAILURE, "the sandbox of drill run " + run.id() + " is gone ("
                    + run.sandbox() + "); a run's evidence is kept only when it ends");
        }
        try (Database box = Database.open(run.sandbox())) {
            return work.apply(box);
        }
    }

    /** The drill incident's audit entries: live from the sandbox while running, the kept copy once ended. */
    public List<AuditEntry> evidence(DrillRun run) {
        if (!run.running()) return runs.evidence(run.id());
        return inSandbox(run, box -> new AuditLog(box).forIncident(run.incidentId()));
    }

    public ScoreCard score(long runId) {
        DrillRun run = run(runId);
        return score(run, evidence(run));
    }

    private ScoreCard score(DrillRun run, List<AuditEntry> entries) {
        List<Occurrence> happened = new ArrayList<>(occurrences(entries));
        for (DrillLogEntry l : runs.logs(run.id())) happened.add(Occurrence.logged(l.expectedId(), l.atMs(), l.actor(), l.note()));
        Map<String, DrillRating> ratings = new LinkedHashMap<>();
        for (DrillRating r : runs.ratings(run.id())) ratings.put(r.capability(), r);
        return Scorer.score(parsedDrill(run), run.startedMs(), run.speed(), happened, ratings);
    }

    public List<DrillLogEntry> logs(long runId) {
        return runs.logs(runId);
    }

    /** Audit entries as occurrences, their details read back from JSON. */
    public static List<Occurrence> occurrences(List<AuditEntry> entries) {
        List<Occurrence> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            Map<String, Object> details;
            try {
                details = Json.mapper().readValue(e.details(), DETAILS);
            } catch (IOException ex) {
                details = Map.of();
            }
            out.add(new Occurrence(e.atMs(), e.actor(), e.action(), details, null, null));
        }
        return out;
    }

    /** An evaluator's rating of a capability, with the reason; kept beside the computed rating. */
    public DrillRating rate(long runId, String capability, String rating, String reason, String actor, Instant now) {
        DrillRun run = run(runId);
        Drill drill = drillOf(run);
        List<Problem> problems = new ArrayList<>();
        List<String> capabilities = drill.expected().stream().map(Expected::capability).distinct().toList();
        if (!capabilities.contains(capability)) {
            problems.add(Problem.general("--capability", "drill " + drill.id() + " scores no capability '" + capability
                    + "'; it scores " + String.join(", ", capabilities)));
        }
        if (!Rating.ALL.contains(rating)) problems.add(Problem.general("--rating", "'" + rating + "' is not P, S, M or U"));
        if (reason == null || reason.isBlank()) problems.add(Problem.general("--reason", "say why the rating differs"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        DrillRating r = new DrillRating(runId, capability, rating, reason.strip(), actor, now.toEpochMilli());
        return db.inTransaction(c -> {
            runs.rate(r);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("run", runId);
            details.put("capability", capability);
            details.put("rating", rating);
            details.put("reason", r.reason());
            audit.record(now, actor, "drill.rate", null, details);
            return r;
        });
    }

    /** Adds an improvement-plan item to a run (the same action twice is one item). */
    public DrillPlanItem addPlanItem(long runId, String action, String capability, String owner, Instant due,
                                     String actor, Instant now) {
        run(runId);
        List<Problem> problems = new ArrayList<>();
        if (action == null || action.isBlank()) problems.add(Problem.general("--add", "say what is to be improved"));
        if (capability == null || !DrillLoader.CAPABILITIES.contains(capability)) {
            problems.add(Problem.general("--capability", "give one of " + String.join(", ", DrillLoader.CAPABILITIES)));
        }
        if (owner == null || owner.isBlank()) problems.add(Problem.general("--owner", "say who owns the item"));
        if (due == null) problems.add(Problem.general("--due", "say by when (ISO-8601 time)"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return db.inTransaction(c -> {
            DrillPlanItem item = runs.addPlanItem(runId, action.strip(), capability, owner.strip(), due.toEpochMilli());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("run", runId);
            details.put("item", item.id());
            details.put("action", item.action());
            details.put("capability", capability);
            details.put("owner", item.owner());
            details.put("due", due.toString());
            audit.record(now, actor, "drill.plan", null, details);
            return item;
        });
    }

    /** Marks a plan item done; false when it already was. */
    public boolean closePlanItem(long itemId, String actor, Instant now) {
        DrillPlanItem item = runs.planItem(itemId).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "no improvement-plan item " + itemId + "; see 'lifeboat drill plan RUN_ID'"));
        if (!item.open()) return false;
        return db.inTransaction(c -> {
            if (!runs.closePlanItem(itemId, now.toEpochMilli(), actor)) return false;
            audit.record(now, actor, "drill.plan.done", null, Map.of("run", item.runId(), "item", itemId));
            return true;
        });
    }

    /**
     * A run's plan: its own items, then the open items of runs in earlier quarters, carried over until done.
     */
    public List<PlanLine> plan(long runId) {
        DrillRun run = run(runId);
        Map<Long, DrillRun> byId = new LinkedHashMap<>();
        for (DrillRun r : runs.runs()) byId.put(r.id(), r);
        int quarter = DrillLoader.quarterIndex(run.quarter());
        List<PlanLine> own = new ArrayList<>();
        List<PlanLine> carried = new ArrayList<>();
        for (DrillPlanItem i : runs.planItems()) {
            DrillRun from = byId.get(i.runId());
            if (i.runId() == runId) own.add(new PlanLine(i, from.quarter(), false));
            else if (i.open() && DrillLoader.quarterIndex(from.quarter()) < quarter) {
                carried.add(new PlanLine(i, from.quarter(), true));
            }
        }
        own.addAll(carried);
        return own;
    }

    /** A plan item with the quarter it was raised in, and whether it is carried from an earlier quarter. */
    public record PlanLine(DrillPlanItem item, String quarter, boolean carried) {
    }

    public List<DrillRating> ratings(long runId) {
        return runs.ratings(runId);
    }

    /** Quarters compared: every ended run (of {@code scenario}, or all when null), scored from its kept evidence. */
    public Trend trend(String scenario) {
        List<Map.Entry<DrillRun, ScoreCard>> scored = new ArrayList<>();
        for (DrillRun r : runs.runs()) {
            if (r.running() || (scenario != null && !scenario.equals(r.scenario()))) continue;
            scored.add(Map.entry(r, score(r, runs.evidence(r.id()))));
        }
        return Trend.of(scored);
    }

    /** What an after-action report shows of a run. */
    public AfterActionReport.Data report(long runId) {
        DrillRun run = run(runId);
        List<AuditEntry> entries = evidence(run);
        ScoreCard card = score(run, entries);
        Trend trend = trend(run.scenario());
        int q = DrillLoader.quarterIndex(run.quarter());
        List<Trend.Point> upTo = trend.points().stream().filter(p -> DrillLoader.quarterIndex(p.quarter()) <= q).toList();
        return new AfterActionReport.Data(run, drillOf(run), card, occurrences(entries), runs.logs(runId), plan(runId),
                upTo);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
