package io.lifeboat.notify;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.RegulatorProfile;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.model.Supplier;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.Database;
import io.lifeboat.store.NotificationRepository;
import io.lifeboat.store.SupplierRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Notification drafts of an incident: drafting from the playbook's templates (idempotent by incident, audience,
 * recipient and channel), listing, editing and approving. Every change lands in one transaction with its audit
 * entry; audit details never hold a phone number or an e-mail address.
 */
public final class NotifyService {
    private final Database db;
    private final NotificationRepository drafts;
    private final IncidentService incidents;
    private final AuditLog audit;

    public NotifyService(Database db) {
        this.db = db;
        this.drafts = new NotificationRepository(db);
        this.incidents = new IncidentService(db);
        this.audit = new AuditLog(db);
    }

    public Incident incident(long incidentId) {
        return incidents.get(incidentId);
    }

    /**
     * Drafts (or re-drafts) every notification of an incident. Unsent drafts whose text changed are updated and
     * need approval again; edited drafts are kept unless {@code reset}; sent ones are never touched.
     */
    public DraftResult draft(long incidentId, Playbook playbook, NotifySettings settings, boolean reset, String actor,
                             Instant now) {
        Incident i = incidents.get(incidentId);
        if (!i.isOpen()) {
            throw new ExitException(ExitCodes.USAGE, "incident " + incidentId + " is closed; nothing was drafted");
        }
        // Stored drafts without their texts first: a draft that stays (sent, edited and kept, or rendered from
        // the same inputs) is neither rendered nor read again; only the others are compared by their text.
        Map<String, NotificationRepository.DraftState> stored = drafts.states(incidentId);
        DraftComposer.Composed composed = compose(i, playbook, settings, now, (key, hash) -> {
            NotificationRepository.DraftState s = stored.get(key);
            return s != null && (s.isSent() || (s.edited() ? !reset : hash.equals(s.inputHash())));
        });
        long nowMs = now.toEpochMilli();
        Map<String, Integer> byAudience = new LinkedHashMap<>();
        for (String a : List.of(Notification.TRAVELER, Notification.SUPPLIER, Notification.REGULATOR)) byAudience.put(a, 0);
        for (Notification fresh : composed.drafts()) byAudience.merge(fresh.audience(), 1, Integer::sum);
        Map<String, String> hashes = composed.inputHashes();
        Reconciled r = new Reconciled(reset, playbook.notifications().smsSegmentLimit(), nowMs);
        List<Notification> inserts = new ArrayList<>();
        Map<Long, Notification> rendered = new HashMap<>();
        for (Notification fresh : composed.drafts()) {
            NotificationRepository.DraftState old = stored.remove(fresh.key());
            if (old == null) {
                inserts.add(fresh);
                r.tally(fresh.smsSegments());
            } else if (!r.stands(old, fresh.body() == null)) {
                rendered.put(old.id(), fresh);
            }
        }
        for (NotificationRepository.DraftState old : stored.values()) r.tally(old.smsSegments());
        Map<Long, String> stale = new HashMap<>();
        drafts.forEachById(rendered.keySet(), old -> {
            Notification fresh = rendered.get(old.id());
            if (r.compared(old, fresh)) {
                String hash = hashes.get(fresh.key());
                if (hash != null) stale.put(old.id(), hash);
            }
        });
        List<Notification> updates = r.updates;
        if (!inserts.isEmpty() || !updates.isEmpty()) {
            db.inTransaction(c -> {
                drafts.insert(inserts, d -> hashes.get(d.key()));
                drafts.updateContent(updates, d -> hashes.get(d.key()));
                drafts.setInputHashes(stale);
                Map<String, Object> details = new LinkedHashMap<>(byAudience);
                details.put("inserted", inserts.size());
                details.put("updated", updates.size());
                details.put("unchanged", r.unchanged);
                details.put("kept_edited", r.keptEdited);
                details.put("reset", reset);
                audit.record(now, actor, "notify.draft", incidentId, details);
                return null;
            });
        } else if (!stale.isEmpty()) {
            // Texts unchanged, nothing to audit: only what they were rendered from is recorded.
            db.inTransaction(c -> {
                drafts.setInputHashes(stale);
                return null;
            });
        }
        return new DraftResult(incidentId, byAudience, inserts.size(), updates.size(), r.unchanged, r.keptEdited,
                r.keptSent, composed.noAddress(), composed.notes(), r.smsMessages, r.smsSegments, r.maxSegments,
                r.overLimit, r.limit, i.drill());
    }

    /**
     * Fresh drafts against the stored ones: what to update, what stays (sent, edited, or the same text), and
     * the SMS cost of the incident's drafts as they will stand.
     */
    private static final class Reconciled {
        final List<Notification> updates = new ArrayList<>();
        final boolean reset;
        final int limit;
        final long nowMs;
        int unchanged;
        int keptEdited;
        int keptSent;
        int smsMessages;
        int smsSegments;
        int maxSegments;
        int overLimit;

        Reconciled(boolean reset, int limit, long nowMs) {
            this.reset = reset;
            this.limit = limit;
            this.nowMs = nowMs;
        }

        /**
         * Whether a stored draft stays as it is without comparing texts: sent, edited and kept, or not rendered
         * again because its inputs are unchanged. False when its text must be compared with the fresh one.
         */
        boolean stands(NotificationRepository.DraftState old, boolean sameInputs) {
            if (old.isSent()) {
                keptSent++;
            } else if (old.edited() && !reset) {
                keptEdited++;
            } else if (sameInputs) {
                unchanged++;
            } else {
                return false;
            }
            tally(old.smsSegments());
            return true;
        }

        /** Compares a stored draft's text with the fresh one; true when it stays unchanged. */
        boolean compared(Notification old, Notification fresh) {
            if (sameContent(old, fresh)) {
                unchanged++;
                tally(old.smsSegments());
                return true;
            }
            updates.add(old.withContent(fresh.address(), fresh.locale(), fresh.template(), fresh.subject(),
                    fresh.body(), fresh.smsSegments(), Notification.DRAFT, false, nowMs));
            tally(fresh.smsSegments());
            return false;
        }

        void tally(Integer segments) {
            if (segments == null) return;
            smsMessages++;
            smsSegments += segments;
            maxSegments = Math.max(maxSegments, segments);
            if (segments > limit) overLimit++;
        }
    }

    /** The drafts as the playbook's templates render them now, without storing anything. */
    public DraftComposer.Composed compose(Incident i, Playbook playbook, NotifySettings settings, Instant now) {
        return compose(i, playbook, settings, now, DraftComposer.Reuse.NEVER);
    }

    private DraftComposer.Composed compose(Incident i, Playbook playbook, NotifySettings settings, Instant now,
                                           DraftComposer.Reuse reuse) {
        List<IncidentSegment> affected = incidents.affected(i.id(), false);
        Map<String, Supplier> suppliers = new HashMap<>();
        for (Supplier s : new SupplierRepository(db).all()) suppliers.put(s.supplierId(), s);
        RegulatorProfile regulator = RegulatorProfiles.find(i.regulatorId());
        int stranded = i.stranded() != null ? i.stranded() : incidents.derivedStranded(i, regulator);
        String hotline = settings.hotline(playbook);
        String operator = settings.operator();
        String regulatorLocale = "CN".equals(regulator.jurisdiction()) ? TemplateLocale.SIMPLIFIED : TemplateLocale.ENGLISH;
        ZoneOffset offset = ZoneOffset.ofHours(8);
        return new DraftComposer().compose(new DraftComposer.Input(i, playbook, affected, suppliers,
                IncidentService.gradeOf(i), stranded, incidents.tasks(i.id()), operator, hotline, regulatorLocale,
                settings.regulatorEmail(), offset, now.toEpochMilli()), reuse);
    }

    private static boolean sameContent(Notification a, Notification b) {
        return Objects.equals(a.address(), b.address()) && Objects.equals(a.locale(), b.locale())
                && Objects.equals(a.template(), b.template()) && Objects.equals(a.subject(), b.subject())
                && Objects.equals(a.body(), b.body());
    }

    public List<Notification> list(long incidentId) {
        incidents.get(incidentId);
        return drafts.forIncident(incidentId);
    }

    public Notification get(long id) {
        return drafts.find(id).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "no notification " + id + "; see 'lifeboat notify list INCIDENT_ID'"));
    }

    /** Stores a hand edit: the draft is kept by later re-drafts and needs approval again. False when unchanged. */
    public boolean edit(long id, String subject, String body, String actor, Instant now) {
        Notification n = get(id);
        if (n.isSent()) throw new ExitException(ExitCodes.USAGE, "notification " + id + " was already sent; it cannot be edited");
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(Problem.general("body", "the edited text is empty; nothing was changed"));
        }
        String newSubject = Notification.EMAIL.equals(n.channel()) ? (subject == null ? "" : subject.strip()) : null;
        if (Objects.equals(newSubject, n.subject()) && body.equals(n.body())) return false;
        Integer segments = Notification.SMS.equals(n.channel()) ? SmsSegments.count(body).segments() : null;
        Notification edited = n.withContent(n.address(), n.locale(), n.template(), newSubject, body, segments,
                Notification.DRAFT, true, now.toEpochMilli());
        db.inTransaction(c -> {
            drafts.updateContent(List.of(edited));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("id", id);
            details.put("audience", n.audience());
            details.put("channel", n.channel());
            details.put("was_approved", n.isApproved());
            audit.record(now, actor, "notify.edit", n.incidentId(), details);
            return null;
        });
        return true;
    }

    /** What {@code notify approve} did: ids approved now, and ids that were not drafts (already approved or sent). */
    public record Approved(List<Long> approved, List<Long> skipped) {
    }

    /** Approves all drafts of the incident, or the given ones; records who approved, per audience. */
    public Approved approve(long incidentId, boolean all, Collection<Long> ids, String actor, Instant now) {
        incidents.get(incidentId);
        List<Notification> of = drafts.forIncident(incidentId);
        Map<Long, Notification> byId = new LinkedHashMap<>();
        for (Notification n : of) byId.put(n.id(), n);
        List<Notification> chosen = new ArrayList<>();
        if (all) {
            chosen.addAll(of);
        } else {
            List<Problem> problems = new ArrayList<>();
            for (long id : ids) {
                Notification n = byId.get(id);
                if (n == null) problems.add(Problem.general("ID", "notification " + id + " is not a draft of incident "
                        + incidentId));
                else chosen.add(n);
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
        }
        List<Long> wanted = chosen.stream().filter(n -> Notification.DRAFT.equals(n.status())).map(Notification::id).toList();
        List<Long> skipped = chosen.stream().filter(n -> !Notification.DRAFT.equals(n.status())).map(Notification::id)
                .toList();
        if (wanted.isEmpty()) return new Approved(List.of(), skipped);
        return db.inTransaction(c -> {
            List<Long> done = drafts.approve(wanted, now.toEpochMilli(), actor);
            Map<String, List<Long>> perAudience = new TreeMap<>();
            for (long id : done) perAudience.computeIfAbsent(byId.get(id).audience(), k -> new ArrayList<>()).add(id);
            for (Map.Entry<String, List<Long>> e : perAudience.entrySet()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("audience", e.getKey());
                details.put("count", e.getValue().size());
                details.put("ids", e.getValue());
                audit.record(now, actor, "notify.approve", incidentId, details);
            }
            return new Approved(done, skipped);
        });
    }

    /** The regulator report rendered as a file to attach ({@code md} or {@code html}). */
    public record Report(String text, String locale, boolean drill) {
    }

    /**
     * The regulator report of an incident: the facts as they stand now, with the regulator draft's subject and
     * text (as edited, if it was), or the template's when nothing was drafted yet.
     */
    public Report report(long incidentId, Playbook playbook, NotifySettings settings, String format, Instant now) {
        if (!List.of(RegulatorReport.MARKDOWN, RegulatorReport.HTML).contains(format)) {
            throw new InvalidInputException(Problem.general("--format", "'" + format + "' is not md or html"));
        }
        Incident i = incidents.get(incidentId);
        DraftComposer.Composed c = compose(i, playbook, settings, now);
        if (c.regulatorScope() == null) {
            throw new ExitException(ExitCodes.USAGE, "playbook " + playbook.id() + " sends nothing to the regulator"
                    + " (notifications.send.regulator)");
        }
        Notification fresh = c.drafts().stream().filter(n -> Notification.REGULATOR.equals(n.audience())).findFirst()
                .orElseThrow();
        Notification text = drafts.forIncident(incidentId).stream()
                .filter(n -> Notification.REGULATOR.equals(n.audience())).findFirst().orElse(fresh);
        return new Report(RegulatorReport.render(format, text.locale(), c.regulatorScope(), text.subject(), text.body(),
                i.drill()), text.locale(), i.drill());
    }

    /** Records that the regulator report was written to a file (audience {@code regulator} of notify.export). */
    public void recordReportExport(long incidentId, String format, String fileName, String actor, Instant now) {
        db.inTransaction(c -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("audience", Notification.REGULATOR);
            details.put("format", format);
            details.put("count", 1);
            details.put("file", fileName);
            audit.record(now, actor, "notify.export", incidentId, details);
            return null;
        });
    }

    /** The repository, for the other notification services of this package. */
    NotificationRepository repository() {
        return drafts;
    }

    Database database() {
        return db;
    }

    AuditLog audit() {
        return audit;
    }
}
