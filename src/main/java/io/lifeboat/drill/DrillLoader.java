package io.lifeboat.drill;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.playbook.Capability;
import io.lifeboat.playbook.PlaybookLoader;
import io.lifeboat.playbook.YamlMap;
import io.lifeboat.playbook.YamlReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads drill YAML into a {@link Drill}, with the playbooks' error standard: every problem of the file in one
 * run, each as {@code FILE:LINE:COL: path: message}. Only the node tree is built, never objects from tags.
 */
public final class DrillLoader {
    static final List<String> FIELDS = List.of("id", "scenario", "playbook", "quarter", "type", "title", "injects",
            "expected", "scoring");
    static final List<String> INJECT_FIELDS = List.of("id", "at", "text", "area", "window", "booking");
    static final List<String> WINDOW_FIELDS = List.of("from", "until");
    static final List<String> EXPECTED_FIELDS = List.of("id", "capability", "after", "within", "weight", "critical",
            "evidence");
    static final List<String> SCORING_FIELDS = List.of("performed", "some_challenges", "major_challenges",
            "late_window");
    static final List<String> CAPABILITIES = Arrays.stream(Capability.values()).map(Capability::code).toList();
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    private DrillLoader() {
    }

    /** The drill in {@code file}, or {@link InvalidInputException} with every problem found. */
    public static Drill load(Path file) {
        List<Problem> problems = new ArrayList<>();
        String text = PlaybookLoader.readUtf8(file, problems);
        if (text == null) throw new InvalidInputException(problems);
        return load(file.toString(), text);
    }

    /** The drill in {@code text} (named {@code file} in messages), or every problem found. */
    public static Drill load(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        Drill d = check(file, text, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return d;
    }

    /** Problems of a drill file, in file order; empty when it is valid. */
    public static List<Problem> problems(Path file) {
        List<Problem> problems = new ArrayList<>();
        String text = PlaybookLoader.readUtf8(file, problems);
        if (text != null) check(file.toString(), text, problems);
        return problems;
    }

    static Drill check(String file, String text, List<Problem> out) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        YamlReader r = new YamlReader(file, text);
        Node root = PlaybookLoader.compose(r, text);
        Drill drill = null;
        if (r.problems().isEmpty()) {
            if (root == null || r.isNull(root)) {
                r.errorAt(1, 1, null, "is empty; a drill needs id, scenario, playbook, quarter, type, injects and expected");
            } else {
                YamlMap m = r.map(root, "", FIELDS);
                if (m != null) drill = new Parser(r).drill(m, file);
            }
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.sort(Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column));
        out.addAll(problems);
        return problems.isEmpty() ? drill : null;
    }

    /** {@code 2026Q3} as a sortable number (2026·4 + 2), or -1 when it is not a quarter. */
    public static int quarterIndex(String quarter) {
        var m = QUARTER.matcher(quarter == null ? "" : quarter);
        return m.matches() ? Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1 : -1;
    }

    private static final class Parser {
        private final YamlReader r;
        /** Every inject id written, even of injects with problems, so references to them are not reported too. */
        private final List<String> injectIds = new ArrayList<>();

        Parser(YamlReader r) {
            this.r = r;
        }

        Drill drill(YamlMap m, String source) {
            int mark = r.mark();
            String id = name(m, "id");
            String scenario = name(m, "scenario");
            String playbook = m.text("playbook", true);
            String quarter = m.text("quarter", true);
            if (quarter != null && quarterIndex(quarter) < 0) {
                r.error(m.get("quarter"), "quarter", "'" + quarter + "' is not a quarter; write YEAR then Q1..Q4, e.g. 2026Q3");
            }
            Node typeNode = m.required("type");
            String type = typeNode == null ? null : r.choice(typeNode, "type", Drill.TYPES, "a drill type");
            Map<String, String> title = m.has("title") ? r.localized(m.get("title"), "title") : Map.of();
            Node injectsNode = m.required("injects");
            List<Inject> injects = injectsNode == null ? List.of() : injects(injectsNode);
            Node expectedNode = m.required("expected");
            List<Expected> expected = expectedNode == null ? List.of() : expected(expectedNode, injects);
            Scoring scoring = m.has("scoring") ? scoring(m.get("scoring")) : Scoring.DEFAULT;
            if (injectsNode != null && r.cleanSince(mark) && injects.stream().noneMatch(Inject::opensIncident)) {
                r.error(injectsNode, "injects", "no inject opens the incident; give the first one 'area' and 'window'"
                        + " (or 'booking' for a per-traveler playbook)");
            }
            if (!r.cleanSince(mark)) return null;
            return new Drill(id, scenario, playbook, quarter, type, title == null ? Map.of() : title, injects, expected,
                    scoring, source);
        }

        private String name(YamlMap m, String field) {
            Node n = m.required(field);
            return n == null ? null : r.name(n, field);
        }

        private List<Inject> injects(Node n) {
            List<Node> items = r.list(n, "injects");
            List<Inject> out = new ArrayList<>();
            if (items == null) return out;
            if (items.isEmpty()) r.error(n, "injects", "lists no inject");
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "injects[" + i + "]";
                int mark = r.mark();
                YamlMap m = r.map(items.get(i), path, INJECT_FIELDS);
                if (m == null) continue;
                Node idNode = m.required("id");
                String id = idNode == null ? null : r.uniqueName(idNode, m.path("id"), "inject", seen);
                if (id != null) injectIds.add(id);
                Node atNode = m.required("at");
                Duration at = atNode == null ? null : r.duration(atNode, m.path("at"), false);
                Node textNode = m.required("text");
                Map<String, String> text = textNode == null ? null : r.localized(textNode, m.path("text"));
                List<String> areas = m.has("area") ? areas(m.get("area"), m.path("area")) : List.of();
                Duration from = null;
                Duration until = null;
                if (m.has("window")) {
                    YamlMap w = r.map(m.get("window"), m.path("window"), WINDOW_FIELDS);
                    if (w != null) {
                        Node f = w.required("from");
                        Node u = w.required("until");
                        from = f == null ? null : r.duration(f, w.path("from"), false);
                        until = u == null ? null : r.duration(u, w.path("until"), true);
                        if (from != null && until != null && until.compareTo(from) <= 0) {
                            r.error(u, w.path("until"), "must be later than window.from");
                        }
                    }
                } else if (areas != null && !areas.isEmpty()) {
                    r.error(m.get("area"), m.path("area"), "an area needs the event's window too (window: {from: 0h, until: 48h},"
                            + " relative to the drill's start)");
                }
                String booking = m.text("booking", false);
                if (booking != null && areas != null && !areas.isEmpty()) {
                    r.error(m.get("booking"), m.path("booking"), "give either area and window or a booking, not both");
                }
                if (r.cleanSince(mark)) {
                    out.add(new Inject(id, at, text, areas, from, until, booking));
                }
            }
            return out;
        }

        private List<String> areas(Node n, String path) {
            List<String> specs = n instanceof ScalarNode ? java.util.Arrays.asList(r.text(n, path))
                    : r.texts(n, path);
            if (specs == null || specs.contains(null)) return null;
            for (String spec : specs) {
                if (spec.matches("[-+0-9.]+") || (spec.startsWith("circle:") && !spec.contains(","))) {
                    r.error(n, path, "'" + spec + "' looks like part of an area split at a comma; quote each area"
                            + " ('circle:21.9,114.3,300') or write the list one area a line");
                    return null;
                }
                if (spec.startsWith("@")) {
                    r.error(n, path, "'" + spec + "': a drill file carries its areas (region:, circle:, polygon:)");
                    continue;
                }
                try {
                    AreaSpec.parse(spec);
                } catch (InvalidInputException e) {
                    r.error(n, path, e.problems().get(0).reason());
                }
            }
            return specs;
        }

        private List<Expected> expected(Node n, List<Inject> injects) {
            List<Node> items = r.list(n, "expected");
            List<Expected> out = new ArrayList<>();
            if (items == null) return out;
            if (items.isEmpty()) r.error(n, "expected", "lists no expected action");
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "expected[" + i + "]";
                int mark = r.mark();
                YamlMap m = r.map(items.get(i), path, EXPECTED_FIELDS);
                if (m == null) continue;
                Node idNode = m.required("id");
                String id = idNode == null ? null : r.uniqueName(idNode, m.path("id"), "expected action", seen);
                Node capNode = m.required("capability");
                String capability = capNode == null ? null : r.choice(capNode, m.path("capability"), CAPABILITIES,
                        "a capability");
                Node afterNode = m.required("after");
                String after = afterNode == null ? null : r.text(afterNode, m.path("after"));
                if (after != null && !injectIds.isEmpty() && !injectIds.contains(after)) {
                    r.error(afterNode, m.path("after"), "no inject '" + after + "'"
                            + io.lifeboat.playbook.Suggestions.didYouMean(after, injectIds)
                            + "; injects: " + String.join(", ", injectIds.stream().distinct().toList()));
                }
                Node withinNode = m.required("within");
                Duration within = withinNode == null ? null : r.duration(withinNode, m.path("within"), true);
                Double weight = 1.0;
                if (m.has("weight")) {
                    weight = r.number(m.get("weight"), m.path("weight"));
                    if (weight != null && weight <= 0) {
                        r.error(m.get("weight"), m.path("weight"), "must be more than zero");
                    }
                }
                Boolean critical = m.has("critical") ? r.bool(m.get("critical"), m.path("critical")) : Boolean.FALSE;
                Node evNode = m.required("evidence");
                Evidence evidence = evNode == null ? null : evidence(evNode, m.path("evidence"));
                if (r.cleanSince(mark)) {
                    out.add(new Expected(id, capability, after, within, weight, critical, evidence));
                }
            }
            return out;
        }

        /** {@code manual}, {@code ACTION}, {@code ACTION:VALUE} or a mapping {@code {action: ..., FIELD: VALUE}}. */
        private Evidence evidence(Node n, String path) {
            if (n instanceof MappingNode mapping) {
                String action = null;
                Node actionNode = null;
                Map<String, String> details = new LinkedHashMap<>();
                for (NodeTuple t : mapping.getValue()) {
                    String key = r.text(t.getKeyNode(), path);
                    String value = r.text(t.getValueNode(), path + "." + key);
                    if (key == null || value == null) continue;
                    if (key.equals("action")) {
                        action = value;
                        actionNode = t.getValueNode();
                    } else {
                        details.put(key, value);
                    }
                }
                if (actionNode == null) {
                    r.error(n, path, "missing required field 'action'");
                    return null;
                }
                return action(actionNode, path + ".action", action) ? new Evidence(action, details) : null;
            }
            String text = r.text(n, path);
            if (text == null) return null;
            int colon = text.indexOf(':');
            String action = colon < 0 ? text.strip() : text.substring(0, colon).strip();
            if (!action(n, path, action)) return null;
            if (colon < 0) return new Evidence(action, Map.of());
            String field = Evidence.shortField(action);
            String value = text.substring(colon + 1).strip();
            if (field == null || value.isEmpty()) {
                r.error(n, path, field == null ? "'" + action + "' takes no ':VALUE'; use the mapping form"
                        + " {action: " + action + ", FIELD: VALUE} to match its details" : "nothing after ':'");
                return null;
            }
            return new Evidence(action, Map.of(field, value));
        }

        private boolean action(Node n, String path, String action) {
            if (Evidence.ACTIONS.contains(action)) return true;
            if ("notify.send".equals(action)) {
                r.error(n, path, "nothing is sent in a drill; prove notices with notify.approve or notify.export");
            } else {
                r.error(n, path, "'" + action + "' is not an audit action a drill scores from"
                        + io.lifeboat.playbook.Suggestions.didYouMean(action, Evidence.ACTIONS)
                        + "; expected one of " + String.join(", ", Evidence.ACTIONS));
            }
            return false;
        }

        private Scoring scoring(Node n) {
            int mark = r.mark();
            YamlMap m = r.map(n, "scoring", SCORING_FIELDS);
            if (m == null) return null;
            Scoring d = Scoring.DEFAULT;
            double p = fraction(m, "performed", d.performed());
            double s = fraction(m, "some_challenges", d.someChallenges());
            double mj = fraction(m, "major_challenges", d.majorChallenges());
            double late = d.lateWindow();
            if (m.has("late_window")) {
                Double v = r.number(m.get("late_window"), m.path("late_window"));
                if (v != null && v <= 0) r.error(m.get("late_window"), m.path("late_window"), "must be more than zero");
                if (v != null) late = v;
            }
            if (r.cleanSince(mark) && !(p >= s && s >= mj)) {
                r.error(n, "scoring", "thresholds must not increase: performed " + p + " ≥ some_challenges " + s
                        + " ≥ major_challenges " + mj);
            }
            return r.cleanSince(mark) ? new Scoring(p, s, mj, late) : null;
        }

        private double fraction(YamlMap m, String field, double fallback) {
            if (!m.has(field)) return fallback;
            Double v = r.number(m.get(field), m.path(field));
            if (v != null && v > 1) r.error(m.get(field), m.path(field), v + " is above 1 (a share of the weight)");
            return v == null ? fallback : v;
        }
    }
}
