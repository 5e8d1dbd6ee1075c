package io.lifeboat.notify;

import com.github.mustachejava.Mustache;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.model.ReallocPlan;
import io.lifeboat.model.Supplier;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.Template;
import io.lifeboat.playbook.TemplateFactory;
import io.lifeboat.playbook.TemplateVariables;
import io.lifeboat.store.Database;
import io.lifeboat.store.NotificationRepository;
import io.lifeboat.store.SupplierRepository;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Booking requests to the backup suppliers of an accepted reallocation plan: one e-mail draft per supplier
 * saying what to hold for whom, from the playbook's {@code booking_request} template. Drafts only: like
 * every notification they are approved before anything is sent. Re-drafting is idempotent by the natural
 * key (incident, audience, supplier, channel); a draft edited by hand or already sent is left as it is.
 */
public final class BookingRequests {

    /**
     * What drafting did. {@code template} is null when the playbook has no booking request template;
     * {@code noAddress} counts suppliers without an e-mail address.
     */
    public record Result(String template, int inserted, int updated, int unchanged, int noAddress) {
        public int drafted() {
            return inserted + updated + unchanged;
        }
    }

    private final Database db;
    private final NotificationRepository drafts;

    public BookingRequests(Database db) {
        this.db = db;
        this.drafts = new NotificationRepository(db);
    }

    /** Drafts the requests for {@code plan}'s placed parties; call it inside the accepting transaction. */
    public Result draft(Incident incident, Playbook playbook, ReallocPlan plan, List<IncidentSegment> affected,
                        NotifySettings settings, String actor, Instant now) {
        String name = playbook.notifications().send().get(TemplateVariables.BOOKING_REQUEST);
        Template template = name == null ? null : playbook.notifications().templates().get(name);
        if (template == null || template.email().isEmpty()) return new Result(null, 0, 0, 0, 0);
        Map<String, IncidentSegment> segments = new HashMap<>();
        for (IncidentSegment s : affected) segments.put(s.segment().bookingId() + "#" + s.segment().seq(), s);
        Map<String, List<ReallocPlan.Line>> bySupplier = new TreeMap<>();
        for (ReallocPlan.Line l : plan.lines()) {
            if (l.placed()) bySupplier.computeIfAbsent(l.supplierId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, Supplier> suppliers = new HashMap<>();
        for (Supplier s : new SupplierRepository(db).all()) suppliers.put(s.supplierId(), s);
        Map<String, Notification> existing = new HashMap<>();
        for (Notification n : drafts.forIncident(incident.id())) existing.put(n.key(), n);

        TemplateFactory factory = new TemplateFactory();
        List<Notification> inserts = new ArrayList<>();
        List<Notification> updates = new ArrayList<>();
        int unchanged = 0;
        int noAddress = 0;
        long nowMs = now.toEpochMilli();
        for (Map.Entry<String, List<ReallocPlan.Line>> e : bySupplier.entrySet()) {
            Supplier s = suppliers.get(e.getKey());
            if (s == null || s.email() == null || s.email().isBlank()) {
                noAddress++;
                continue;
            }
            String locale = TemplateLocale.choose(s.locale(), template.email().keySet());
            Map<String, Object> scope = scope(incident, playbook, plan, s, e.getValue(), segments, settings, actor,
                    locale);
            Template.EmailText text = template.email().get(locale);
            Notification fresh = new Notification(0, incident.id(), Notification.BOOKING_REQUEST, s.supplierId(),
                    Notification.EMAIL, s.email(), locale, name, render(factory, text.subject(), scope).strip(),
                    render(factory, text.body(), scope), null, Notification.DRAFT, false, nowMs, nowMs, null, null,
                    null, null, null);
            Notification old = existing.get(fresh.key());
            if (old == null) {
                inserts.add(fresh);
            } else if (old.isSent() || old.edited()) {
                unchanged++;
            } else if (Objects.equals(old.address(), fresh.address()) && Objects.equals(old.locale(), fresh.locale())
                    && Objects.equals(old.subject(), fresh.subject()) && Objects.equals(old.body(), fresh.body())) {
                unchanged++;
            } else {
                updates.add(old.withContent(fresh.address(), fresh.locale(), name, fresh.subject(), fresh.body(), null,
                        Notification.DRAFT, false, nowMs));
            }
        }
        drafts.insert(inserts);
        drafts.updateContent(updates);
        return new Result(name, inserts.size(), updates.size(), unchanged, noAddress);
    }

    private static Map<String, Object> scope(Incident i, Playbook playbook, ReallocPlan plan, Supplier s,
                                             List<ReallocPlan.Line> lines, Map<String, IncidentSegment> segments,
                                             NotifySettings settings, String actor, String locale) {
        String family = TemplateLocale.family(locale);
        Map<String, Object> scope = new HashMap<>();
        scope.put("incident_id", i.id());
        scope.put("incident_title", i.title());
        scope.put("hazard", i.title());
        scope.put("playbook_name", playbook.name(locale));
        scope.put("operator_name", settings.operator());
        scope.put("hotline", settings.hotline(playbook));
        scope.put("supplier_id", s.supplierId());
        scope.put("supplier_name", s.name());
        scope.put("currency", plan.currency());
        scope.put("accepted_by", actor);
        List<Map<String, Object>> requests = new ArrayList<>();
        long units = 0;
        long travelers = 0;
        BigDecimal cost = BigDecimal.ZERO;
        OffsetDateTime first = null;
        for (ReallocPlan.Line l : lines) {
            IncidentSegment is = segments.get(l.bookingId() + "#" + l.seq());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("booking_id", l.bookingId());
            r.put("units", l.units());
            r.put("kind", Wording.kind(family, l.kind().code()));
            r.put("km", l.km());
            r.put("cost", l.cost());
            if (is != null) {
                var seg = is.segment();
                OffsetDateTime start = OffsetDateTime.parse(seg.start());
                if (first == null) first = start;
                r.put("lead_name", seg.leadName());
                r.put("party_size", seg.partySize());
                r.put("needs", String.join(Wording.separator(family), seg.needs()));
                r.put("place", seg.place());
                r.put("start_local", Wording.time(family, start));
                r.put("end_local", Wording.time(family, OffsetDateTime.parse(seg.end())));
                travelers += seg.partySize();
            }
            units += l.units();
            if (l.cost() != null) cost = cost.add(new BigDecimal(l.cost()));
            requests.add(r);
        }
        scope.put("requests", requests);
        scope.put("parties", lines.size());
        scope.put("travelers", travelers);
        scope.put("units", units);
        scope.put("total_cost", cost.toPlainString());
        scope.put("window_from_local", i.windowFromMs() == null || first == null ? ""
                : Wording.time(family, Instant.ofEpochMilli(i.windowFromMs()).atOffset(first.getOffset())));
        scope.put("window_until_local", i.windowUntilMs() == null || first == null ? ""
                : Wording.time(family, Instant.ofEpochMilli(i.windowUntilMs()).atOffset(first.getOffset())));
        scope.put("opened_at_local", Wording.fullTime(family, Instant.ofEpochMilli(i.openedMs())
                .atOffset(first == null ? java.time.ZoneOffset.ofHours(8) : first.getOffset())));
        return scope;
    }

    private static String render(TemplateFactory factory, String text, Map<String, Object> scope) {
        Mustache m = factory.compile(text, "template");
        StringWriter w = new StringWriter(text.length() + 64);
        m.execute(w, scope);
        return w.toString();
    }
}
