package io.lifeboat.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code priority}: a base and rules whose points add up to a booking's place in the queue. */
final class PriorityParser {
    static final List<String> TIERS = List.of("standard", "vip");
    static final List<String> FIELDS = List.of("base", "rules");
    static final List<String> RULE_FIELDS = List.of("needs", "tier", "in_trip", "party_size_at_least", "add",
            "reason");

    private final YamlReader r;

    PriorityParser(YamlReader reader) {
        this.r = reader;
    }

    /** The priority section; absent means everyone is equal (base 0, no rules). */
    Priority parse(Node n, String path) {
        if (n == null) return new Priority(0, List.of());
        int mark = r.mark();
        YamlMap m = r.map(n, path, FIELDS);
        if (m == null) return null;
        Integer base = m.has("base") ? r.integer(m.get("base"), m.path("base"), 0) : Integer.valueOf(0);
        List<PriorityRule> rules = new ArrayList<>();
        if (m.has("rules")) {
            List<Node> items = r.list(m.get("rules"), m.path("rules"));
            for (int i = 0; items != null && i < items.size(); i++) {
                PriorityRule rule = rule(items.get(i), m.path("rules") + "[" + i + "]");
                if (rule != null) rules.add(rule);
            }
        }
        return r.cleanSince(mark) ? new Priority(base, rules) : null;
    }

    private PriorityRule rule(Node n, String path) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, RULE_FIELDS);
        if (m == null) return null;
        List<String> needs = null;
        if (m.has("needs")) {
            needs = new ArrayList<>();
            List<Node> items = r.list(m.get("needs"), m.path("needs"));
            for (int i = 0; items != null && i < items.size(); i++) {
                String tag = r.tag(items.get(i), m.path("needs") + "[" + i + "]");
                if (tag != null) needs.add(tag);
            }
            if (items != null && items.isEmpty()) r.error(m.get("needs"), m.path("needs"), "lists no need");
        }
        String tier = m.has("tier") ? r.choice(m.get("tier"), m.path("tier"), TIERS, "a tier") : null;
        Boolean inTrip = m.has("in_trip") ? r.bool(m.get("in_trip"), m.path("in_trip")) : null;
        Integer party = m.has("party_size_at_least")
                ? r.integer(m.get("party_size_at_least"), m.path("party_size_at_least"), 1) : null;
        Node addNode = m.required("add");
        Integer add = addNode == null ? null : r.integer(addNode, m.path("add"), 0);
        Node reasonNode = m.required("reason");
        Map<String, String> reason = reasonNode == null ? null : r.localized(reasonNode, m.path("reason"));
        if (!m.has("needs") && !m.has("tier") && !m.has("in_trip") && !m.has("party_size_at_least")) {
            r.error(n, path, "has no condition (needs, tier, in_trip or party_size_at_least), so it would apply "
                    + "to every booking; raise priority.base instead");
        }
        if (!r.cleanSince(mark)) return null;
        return new PriorityRule(needs, tier, inTrip, party, add, reason);
    }
}
