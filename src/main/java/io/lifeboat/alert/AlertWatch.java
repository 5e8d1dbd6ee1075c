package io.lifeboat.alert;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.OpenRequest;
import io.lifeboat.incident.Opened;
import io.lifeboat.incident.RegulatorProfile;
import io.lifeboat.model.Incident;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.AlertRepository;
import io.lifeboat.store.AlertRepository.SeenAlert;
import io.lifeboat.store.Database;
import io.lifeboat.store.DuplicateKeyException;
import io.lifeboat.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Acts on CAP alerts, once each. An alert already seen ({@code sender/identifier}) does nothing. A new
 * {@code Actual} alert matching a playbook's {@code triggers.cap} opens an incident over its area and window
 * [onset or effective or sent, expires); an {@code Update} naming a seen alert in {@code references} moves that
 * incident to the new area and window and re-runs the match; a {@code Cancel} closes it. The record of the alert
 * (a unique key), the incident change and the audit entries land in one transaction, so two watches racing on
 * the same alert act once.
 */
public final class AlertWatch {

    /**
     * How alerts are read into incidents.
     *
     * @param languages       preferred languages of {@code <info>} blocks, best first (English is tried next)
     * @param defaultDuration how long an event lasts when its alert has no {@code expires}
     */
    public record Settings(List<String> languages, boolean exerciseAsDrill, GeocodeMap geocodes,
                           Duration defaultDuration, RegulatorProfile regulator) {
        public Settings {
            languages = List.copyOf(languages);
        }
    }

    private final Database db;
    private final List<Playbook> playbooks;
    private final Settings settings;
    private final AlertRepository seen;
    private final IncidentService incidents;
    private final AuditLog audit;

    public AlertWatch(Database db, List<Playbook> playbooks, Settings settings) {
        this.db = db;
        this.playbooks = List.copyOf(playbooks);
        this.settings = settings;
        this.seen = new AlertRepository(db);
        this.incidents = new IncidentService(db);
        this.audit = new AuditLog(db);
    }

    /** Acts on one alert; empty when it was seen before (by this or another watch). */
    public Optional<WatchEvent> process(CapAlert alert, String actor, Instant now) {
        if (seen.seen(alert.sender(), alert.identifier())) return Optional.empty();
        try {
            return Optional.ofNullable(db.inTransaction(c -> {
                // Inside the transaction (SQLite: holding the write lock) look again: a racing watch may have
                // recorded it since. Where the engine does not serialise writers, the unique key below does.
                if (seen.seen(alert.sender(), alert.identifier())) return null;
                WatchEvent e = act(alert, actor, now);
                CapInfo info = CapMatcher.preferred(alert.infos(), settings.languages());
                seen.insert(new SeenAlert(alert.sender(), alert.identifier(), alert.sent().toEpochMilli(),
                        alert.status(), alert.msgType(), info == null ? null : info.event(), e.event(), e.incident(),
                        e.playbook(), e.reason(), alert.source(), now.toEpochMilli()));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("cap", alert.key());
                details.put("event", info == null ? null : info.event());
                details.put("reason", e.reason());
                details.put("msg_type", alert.msgType());
                details.put("status", alert.status());
                details.put("playbook", e.playbook());
                audit.record(now, actor, "alert." + e.event(), e.incident(), details);
                return e;
            }));
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        } catch (StoreException failed) {
            // Where writers are not serialised (PostgreSQL), a racing watch's incident or record can make a
            // statement of ours fail and the transaction abort: all of ours was rolled back, and if the other
            // watch recorded this alert, it was acted on once, by them.
            if (seen.seen(alert.sender(), alert.identifier())) return Optional.empty();
            throw failed;
        }
    }

    private WatchEvent act(CapAlert a, String actor, Instant now) {
        String cap = a.key();
        boolean drill = false;
        if (CapAlert.EXERCISE.equals(a.status())) {
            if (!settings.exerciseAsDrill()) {
                return WatchEvent.ignored(cap, null, null, "status Exercise: opens drill incidents only with "
                        + "--exercise-as-drill");
            }
            drill = true;
        } else if (!CapAlert.ACTUAL.equals(a.status())) {
            return WatchEvent.ignored(cap, null, null, "status " + a.status() + ": only Actual alerts open incidents");
        }
        switch (a.msgType()) {
            case "Ack", "Error" -> {
                return WatchEvent.ignored(cap, null, null, "msgType " + a.msgType() + ": nothing to act on");
            }
            case "Cancel" -> {
                return cancel(a, actor, now);
            }
            case "Update" -> {
                SeenAlert ref = referenced(a);
                if (ref != null) return update(a, ref, actor, now);
            }
            default -> {
                // Alert, or an Update of an alert never seen here: treat as new
            }
        }
        return open(a, drill, actor, now);
    }

    /** The newest referenced alert that is tied to an incident, or null. */
    private SeenAlert referenced(CapAlert a) {
        SeenAlert best = null;
        for (String[] ref : a.referencedAlerts()) {
            Optional<SeenAlert> s = seen.find(ref[0], ref[1]);
            if (s.isPresent() && s.get().incidentId() != null && (best == null || s.get().seenMs() >= best.seenMs())) {
                best = s.get();
            }
        }
        return best;
    }

    private WatchEvent open(CapAlert a, boolean drill, String actor, Instant now) {
        String cap = a.key();
        CapMatcher.Hit hit = CapMatcher.match(playbooks, a, settings.languages());
        if (hit == null) {
            CapInfo info = CapMatcher.preferred(a.infos(), settings.languages());
            return WatchEvent.ignored(cap, null, null, info == null ? "no <info>: nothing to match"
                    : "no playbook's triggers.cap matches event '" + info.event() + "' (" + info.severity() + ", "
                    + info.urgency() + ", " + info.certainty() + ")");
        }
        String pb = hit.playbook().id();
        AreaSet areas = CapAreas.of(hit.info(), settings.geocodes());
        if (areas.isEmpty()) return WatchEvent.ignored(cap, null, pb, noArea(hit.info()));
        TimeWindow window = window(a, hit.info());
        if (window == null) return WatchEvent.ignored(cap, null, pb, "expires before it starts");
        if (!window.until().isAfter(now)) {
            return WatchEvent.ignored(cap, null, pb, "expired at " + window.until());
        }
        Opened o = incidents.open(new OpenRequest(hit.playbook(), areas, window, null, title(a, hit.info()), drill,
                false, settings.regulator(), "cap:" + cap, actor, now));
        Incident i = o.incident();
        if (o.existing()) {
            return WatchEvent.ignored(cap, i.id(), pb, "incident " + i.id() + " already covers this playbook, area "
                    + "and window");
        }
        return new WatchEvent(WatchEvent.OPENED, cap, i.id(), pb, o.affectedBookings(), hit.info().event()
                + (drill ? " (exercise: drill incident)" : ""), List.of(), List.of());
    }

    private WatchEvent update(CapAlert a, SeenAlert ref, String actor, Instant now) {
        String cap = a.key();
        long id = ref.incidentId();
        Incident i = incidents.get(id);
        if (!i.isOpen()) {
            return WatchEvent.ignored(cap, id, i.playbookId(), "updates incident " + id + ", which is closed");
        }
        Playbook pb = playbooks.stream().filter(p -> p.id().equals(i.playbookId())).findFirst().orElse(null);
        if (pb == null) {
            return WatchEvent.ignored(cap, id, i.playbookId(), "playbook " + i.playbookId() + " is no longer available");
        }
        List<CapInfo> infos = CapMatcher.byLanguage(a.infos(), settings.languages());
        CapInfo info = infos.stream().filter(x -> pb.triggers() != null && pb.triggers().cap() != null
                && CapMatcher.matches(pb.triggers().cap(), x)).findFirst().orElse(infos.isEmpty() ? null : infos.get(0));
        if (info == null) return WatchEvent.ignored(cap, id, pb.id(), "no <info>: nothing to update");
        AreaSet areas = CapAreas.of(info, settings.geocodes());
        if (areas.isEmpty()) return WatchEvent.ignored(cap, id, pb.id(), noArea(info));
        TimeWindow window = window(a, info);
        if (window == null) return WatchEvent.ignored(cap, id, pb.id(), "expires before it starts");
        IncidentService.Rescoped r = incidents.rescope(id, pb, areas, window, settings.regulator(), "cap:" + cap,
                actor, now);
        return new WatchEvent(WatchEvent.UPDATED, cap, id, pb.id(), r.affectedBookings(), "updates "
                + CapAlert.key(ref.sender(), ref.identifier()) + ": " + r.newlyAffected().size() + " newly affected, "
                + r.noLongerAffected().size() + " no longer affected", r.newlyAffected(), r.noLongerAffected());
    }

    private WatchEvent cancel(CapAlert a, String actor, Instant now) {
        String cap = a.key();
        SeenAlert ref = referenced(a);
        if (ref == null) return WatchEvent.ignored(cap, null, null, "cancels no alert that opened an incident here");
        long id = ref.incidentId();
        Incident i = incidents.get(id);
        if (!i.isOpen()) return WatchEvent.ignored(cap, id, i.playbookId(), "incident " + id + " is already closed");
        CapInfo info = CapMatcher.preferred(a.infos(), settings.languages());
        String why = a.note() != null && !a.note().isBlank() ? a.note()
                : info != null && info.headline() != null && !info.headline().isBlank() ? info.headline()
                : "cancelled by the issuer";
        String reason = "CAP Cancel " + cap + ": " + why;
        long affected = incidents.affected(id, false).stream().map(s -> s.segment().bookingId()).distinct().count();
        incidents.close(id, reason, actor, now);
        return new WatchEvent(WatchEvent.CANCELLED, cap, id, i.playbookId(), affected, reason, List.of(), List.of());
    }

    /** [onset or effective or sent, expires), or the default duration when the alert does not say. */
    TimeWindow window(CapAlert a, CapInfo info) {
        Instant from = info.start(a.sent());
        Instant until = info.expires() != null ? info.expires() : from.plus(settings.defaultDuration());
        if (!until.isAfter(from)) return null;
        return new TimeWindow(from, until);
    }

    private String noArea(CapInfo info) {
        boolean geocodes = info.areas().stream().anyMatch(x -> !x.geocodes().isEmpty());
        return geocodes ? "no polygon or circle, and its geocodes map to no region (give a mapping with --geocodes FILE)"
                : "no usable area (no polygon, circle or geocode)";
    }

    private static String title(CapAlert a, CapInfo info) {
        String t = info.headline() != null && !info.headline().isBlank() ? info.headline()
                : info.event() + (info.areas().isEmpty() ? "" : ": " + info.areas().get(0).description());
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }
}
