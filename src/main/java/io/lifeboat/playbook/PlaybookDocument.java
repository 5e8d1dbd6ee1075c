package io.lifeboat.playbook;

import io.lifeboat.model.SegmentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A playbook as a tree of ordered maps with the YAML's field names (snake_case), defaults filled in and
 * durations in ISO-8601: the documented JSON shape of {@code playbook show -o json}. Maps keyed by locale,
 * template or need are sorted, so the same playbook always prints the same bytes.
 */
public final class PlaybookDocument {
    private PlaybookDocument() {
    }

    public static Map<String, Object> of(Playbook p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("name", sorted(p.name()));
        m.put("description", sorted(p.description()));
        m.put("contact", p.contact() == null ? null : contact(p.contact()));
        m.put("match", match(p.match()));
        m.put("triggers", triggers(p.triggers()));
        m.put("priority", priority(p.priority()));
        m.put("tasks", p.tasks().stream().map(PlaybookDocument::task).toList());
        m.put("notifications", notifications(p.notifications()));
        m.put("reallocation", reallocation(p.reallocation()));
        m.put("compensation", compensation(p.compensation()));
        m.put("alternatives", p.alternatives().stream().map(PlaybookDocument::alternative).toList());
        m.put("source", p.source());
        return m;
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", sorted(c.name()));
        m.put("phone", c.phone());
        m.put("email", c.email());
        return m;
    }

    private static Map<String, Object> match(Match x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", x.scope());
        m.put("kinds", codes(x.kinds()));
        m.put("lead", Durations.iso(x.lead()));
        m.put("tail", Durations.iso(x.tail()));
        m.put("buffer_km", x.bufferKm());
        return m;
    }

    private static Map<String, Object> triggers(Triggers t) {
        Map<String, Object> m = new LinkedHashMap<>();
        CapTrigger c = t.cap();
        Map<String, Object> cap = null;
        if (c != null) {
            cap = new LinkedHashMap<>();
            cap.put("events", c.events());
            cap.put("min_severity", c.minSeverity());
            cap.put("min_urgency", c.minUrgency());
            cap.put("min_certainty", c.minCertainty());
        }
        m.put("cap", cap);
        m.put("messages", t.messages());
        return m;
    }

    private static Map<String, Object> priority(Priority p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", p.base());
        List<Object> rules = new ArrayList<>();
        for (PriorityRule r : p.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("needs", r.needs());
            rule.put("tier", r.tier());
            rule.put("in_trip", r.inTrip());
            rule.put("party_size_at_least", r.partySizeAtLeast());
            rule.put("add", r.add());
            rule.put("reason", sorted(r.reason()));
            rules.add(rule);
        }
        m.put("rules", rules);
        return m;
    }

    private static Map<String, Object> task(TaskTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", sorted(t.title()));
        m.put("capability", t.capability().code());
        m.put("due", Durations.iso(t.due()));
        m.put("template", t.template());
        return m;
    }

    private static Map<String, Object> notifications(Notifications n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channels", n.channels());
        m.put("escalate_after", Durations.iso(n.escalateAfter()));
        m.put("sms_segment_limit", n.smsSegmentLimit());
        Map<String, Object> send = new LinkedHashMap<>();
        for (String audience : TemplateVariables.AUDIENCES) {
            if (n.send().containsKey(audience)) send.put(audience, n.send().get(audience));
        }
        m.put("send", send);
        Map<String, Object> templates = new TreeMap<>();
        n.templates().forEach((name, t) -> templates.put(name, template(t)));
        m.put("templates", templates);
        return m;
    }

    private static Map<String, Object> template(Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("audience", t.audience());
        m.put("sms", sorted(t.sms()));
        Map<String, Object> email = new TreeMap<>();
        t.email().forEach((locale, e) -> {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("subject", e.subject());
            text.put("body", e.body());
            email.put(locale, text);
        });
        m.put("email", email);
        return m;
    }

    private static Map<String, Object> reallocation(Reallocation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("standby_only", r.standbyOnly());
        m.put("radius_km", r.radiusKm());
        m.put("needs_to_features", sorted(r.needsToFeatures()));
        List<Object> rules = new ArrayList<>();
        for (ReallocationRule x : r.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("segment_kind", x.segmentKind().code());
            rule.put("supplier_kind", x.supplierKind().code());
            rule.put("units", x.units());
            rule.put("radius_km", x.radiusKm());
            rule.put("note", sorted(x.note()));
            rules.add(rule);
        }
        m.put("rules", rules);
        return m;
    }

    private static Map<String, Object> compensation(Compensation c) {
        List<Object> offers = new ArrayList<>();
        for (Compensation.Offer o : c.offers()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("id", o.id());
            offer.put("kind", o.kind());
            offer.put("amount", o.amount());
            offer.put("currency", o.currency());
            offer.put("text", sorted(o.text()));
            offers.add(offer);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offers", offers);
        return m;
    }

    private static Map<String, Object> alternative(Alternative a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("replaces", codes(a.replaces()));
        m.put("text", sorted(a.text()));
        return m;
    }

    static List<String> codes(List<SegmentKind> kinds) {
        return kinds.stream().map(SegmentKind::code).toList();
    }

    private static Map<String, String> sorted(Map<String, String> m) {
        return new TreeMap<>(m);
    }
}
