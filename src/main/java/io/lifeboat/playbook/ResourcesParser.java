package io.lifeboat.playbook;

import io.lifeboat.model.SegmentKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads what the operator puts on the table: {@code reallocation} (where people go) and {@code compensation}. */
final class ResourcesParser {
    static final double DEFAULT_RADIUS_KM = 50;
    /** Applied when a playbook does not say: the features a booking's needs require of a backup supplier. */
    static final Map<String, String> DEFAULT_NEEDS_TO_FEATURES = Map.of(
            "wheelchair", "wheelchair", "medical", "medical-staff", "infant", "family");
    static final List<String> UNITS = List.of(ReallocationRule.PER_TRAVELER, ReallocationRule.PER_PARTY,
            ReallocationRule.ROOMS);
    static final List<String> OFFER_KINDS = List.of("coupon", "refund", "waiver", "promise");

    static final List<String> FIELDS = List.of("standby_only", "radius_km", "needs_to_features", "rules");
    static final List<String> RULE_FIELDS = List.of("segment_kind", "supplier_kind", "units", "radius_km",
            "note");
    static final List<String> COMPENSATION_FIELDS = List.of("offers");
    static final List<String> OFFER_FIELDS = List.of("id", "kind", "amount", "currency", "text");

    private final YamlReader r;

    ResourcesParser(YamlReader reader) {
        this.r = reader;
    }

    /** The reallocation section; absent means nothing is re-housed automatically (no rules). */
    Reallocation reallocation(Node n, String path) {
        if (n == null) return new Reallocation(false, DEFAULT_RADIUS_KM, DEFAULT_NEEDS_TO_FEATURES, List.of());
        int mark = r.mark();
        YamlMap m = r.map(n, path, FIELDS);
        if (m == null) return null;
        Boolean standby = m.has("standby_only") ? r.bool(m.get("standby_only"), m.path("standby_only")) : Boolean.FALSE;
        Double radius = m.has("radius_km") ? r.number(m.get("radius_km"), m.path("radius_km")) : Double.valueOf(DEFAULT_RADIUS_KM);
        Map<String, String> features = m.has("needs_to_features")
                ? needsToFeatures(m.get("needs_to_features"), m.path("needs_to_features")) : DEFAULT_NEEDS_TO_FEATURES;
        List<ReallocationRule> rules = new ArrayList<>();
        if (m.has("rules")) {
            List<Node> items = r.list(m.get("rules"), m.path("rules"));
            for (int i = 0; items != null && i < items.size(); i++) {
                ReallocationRule rule = rule(items.get(i), m.path("rules") + "[" + i + "]");
                if (rule != null) rules.add(rule);
            }
        }
        if (!r.cleanSince(mark)) return null;
        return new Reallocation(standby, radius, features, rules);
    }

    private Map<String, String> needsToFeatures(Node n, String path) {
        Map<String, NodeTuple> entries = r.entries(n, path, "a mapping of needs to supplier features",
                (key, p) -> r.tag(key, p));
        Map<String, String> out = new LinkedHashMap<>();
        if (entries == null) return out;
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String feature = r.tag(e.getValue().getValueNode(), path + "." + e.getKey());
            if (feature != null) out.put(e.getKey(), feature);
        }
        return out;
    }

    private ReallocationRule rule(Node n, String path) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, RULE_FIELDS);
        if (m == null) return null;
        Node segment = m.required("segment_kind");
        Node supplier = m.required("supplier_kind");
        Node unitsNode = m.required("units");
        SegmentKind segmentKind = segment == null ? null : r.kind(segment, m.path("segment_kind"));
        SegmentKind supplierKind = supplier == null ? null : r.kind(supplier, m.path("supplier_kind"));
        String units = unitsNode == null ? null : r.choice(unitsNode, m.path("units"), UNITS, "a unit");
        Double radius = m.has("radius_km") ? r.number(m.get("radius_km"), m.path("radius_km")) : Double.valueOf(0);
        Map<String, String> note = m.has("note") ? r.localized(m.get("note"), m.path("note")) : Map.of();
        if (!r.cleanSince(mark)) return null;
        return new ReallocationRule(segmentKind, supplierKind, units, radius, note);
    }

    /** The compensation section; absent means nothing is offered. */
    Compensation compensation(Node n, String path) {
        if (n == null) return new Compensation(List.of());
        int mark = r.mark();
        YamlMap m = r.map(n, path, COMPENSATION_FIELDS);
        if (m == null) return null;
        List<Compensation.Offer> offers = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Node list = m.required("offers");
        List<Node> items = list == null ? null : r.list(list, m.path("offers"));
        for (int i = 0; items != null && i < items.size(); i++) {
            Compensation.Offer o = offer(items.get(i), m.path("offers") + "[" + i + "]", lines);
            if (o != null) offers.add(o);
        }
        return r.cleanSince(mark) ? new Compensation(offers) : null;
    }

    private Compensation.Offer offer(Node n, String path, Map<String, Integer> lines) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, OFFER_FIELDS);
        if (m == null) return null;
        Node idNode = m.required("id");
        String id = idNode == null ? null : r.uniqueName(idNode, m.path("id"), "offer id", lines);
        Node kindNode = m.required("kind");
        String kind = kindNode == null ? null : r.choice(kindNode, m.path("kind"), OFFER_KINDS, "an offer kind");
        BigDecimal amount = m.has("amount") ? r.amount(m.get("amount"), m.path("amount")) : null;
        String currency = m.has("currency") ? currency(m.get("currency"), m.path("currency")) : null;
        if (("coupon".equals(kind) || "refund".equals(kind)) && !m.has("amount")) {
            r.error(n, path, "a " + kind + " needs an amount");
        }
        if (m.has("amount") && !m.has("currency")) {
            r.error(m.get("amount"), m.path("amount"), "an amount needs a currency (ISO 4217, e.g. CNY)");
        }
        if (amount != null && currency != null) {
            int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            if (amount.stripTrailingZeros().scale() > digits) {
                r.error(m.get("amount"), m.path("amount"), amount.toPlainString() + " has more decimals than "
                        + currency + " allows (" + digits + ")");
            }
        }
        Node textNode = m.required("text");
        Map<String, String> text = textNode == null ? null : r.localized(textNode, m.path("text"));
        if (!r.cleanSince(mark)) return null;
        return new Compensation.Offer(id, kind, amount, currency, text);
    }

    private String currency(Node n, String path) {
        String v = r.text(n, path);
        if (v == null) return null;
        try {
            if (v.length() != 3 || !v.equals(v.toUpperCase(java.util.Locale.ROOT))) throw new IllegalArgumentException();
            return Currency.getInstance(v).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            r.error(n, path, "'" + v + "' is not an ISO 4217 currency (e.g. CNY, HKD, USD)");
            return null;
        }
    }
}
