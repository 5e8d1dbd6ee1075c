package io.lifeboat.playbook;

import io.lifeboat.common.Problem;
import io.lifeboat.model.SegmentKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of YAML nodes. A bad value is recorded as {@code FILE:LINE:COL: path: message} and read
 * as null, so the parse goes on and every problem of the file is reported in one run.
 */
public final class YamlReader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<String> KINDS = Arrays.stream(SegmentKind.values()).map(SegmentKind::code).toList();

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final String[] lines;

    public YamlReader(String file, String source) {
        this.file = file;
        this.lines = source.split("\\R", -1);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void error(Node at, String path, String message) {
        error(at.getStartMark(), path, message);
    }

    void error(Mark mark, String path, String message) {
        errorAt(mark.getLine() + 1, mark.getColumn() + 1, path, message);
    }

    /** A problem at a 1-based line and column. */
    public void errorAt(long line, long column, String path, String message) {
        problems.add(Problem.atColumn(file, line, column, path == null || path.isEmpty() ? message : path + ": " + message));
    }

    /**
     * Where line {@code templateLine} (1-based) of a scalar's text stands in the file, at the first match
     * of {@code needle} from there when there is one: {line, column}, both 1-based. Only a literal block
     * ({@code |}) keeps its lines; folded and flow scalars are searched from their start.
     */
    long[] locate(ScalarNode node, int templateLine, Pattern needle) {
        Mark start = node.getStartMark();
        int from = start.getLine();
        if (node.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL) from += Math.max(1, templateLine);
        int until = Math.min(lines.length - 1, node.getEndMark().getLine());
        for (int l = from; needle != null && l <= until; l++) {
            Matcher m = needle.matcher(lines[l]);
            if (m.find(l == start.getLine() ? Math.min(start.getColumn(), lines[l].length()) : 0)) {
                return new long[] {l + 1, lines[l].codePointCount(0, m.start()) + 1};
            }
        }
        if (from != start.getLine() && from < lines.length) {
            String text = lines[from];
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == ' ') indent++;
            return new long[] {from + 1, indent + 1};
        }
        return new long[] {start.getLine() + 1, start.getColumn() + 1};
    }

    public void wrongType(Node at, String path, String expected) {
        error(at, path, "expected " + expected + ", found " + describe(at));
    }

    public boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) n;
        if (Tag.NULL.equals(s.getTag())) return "nothing";
        return "'" + s.getValue() + "'";
    }

    /** How many problems so far: a section compares before and after to know whether it read cleanly. */
    public int mark() {
        return problems.size();
    }

    public boolean cleanSince(int mark) {
        return problems.size() == mark;
    }

    /**
     * The entries of a mapping whose keys are names chosen by the author (template names, need tags),
     * each key checked by {@code keys}; duplicates are reported. Null when {@code n} is not a mapping.
     */
    Map<String, NodeTuple> entries(Node n, String path, String expected, ValueReader<String> keys) {
        if (!(n instanceof MappingNode m)) {
            wrongType(n, path, expected);
            return null;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = keys.read(t.getKeyNode(), path);
            if (key == null) continue;
            NodeTuple first = out.get(key);
            if (first != null) {
                error(t.getKeyNode(), path + "." + key, "duplicate entry (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            } else {
                out.put(key, t);
            }
        }
        return out;
    }

    /** A name an author gives (task id, template name): lower-case words joined by '-'. */
    public String name(Node n, String path) {
        String v = text(n, path);
        if (v != null && !NAME.matcher(v).matches()) {
            error(n, path, "'" + v + "' is not a valid name (lower-case letters, digits and '-', e.g. notify-travelers)");
            return null;
        }
        return v;
    }

    /**
     * A name that must be unique among its siblings ({@code seen}: name → first line); a repeat is reported
     * as a duplicate {@code what}.
     */
    public String uniqueName(Node n, String path, String what, Map<String, Integer> seen) {
        String id = name(n, path);
        if (id != null && seen.putIfAbsent(id, n.getStartMark().getLine() + 1) != null) {
            error(n, path, "duplicate " + what + " '" + id + "' (first at line " + seen.get(id) + ")");
        }
        return id;
    }

    /** A need or feature tag as in the CSV formats (wheelchair, medical-staff). */
    String tag(Node n, String path) {
        String v = text(n, path);
        if (v != null && !NAME.matcher(v).matches()) {
            error(n, path, "tag '" + v + "' must be lower-case letters, digits and '-' (e.g. pollen-allergy)");
            return null;
        }
        return v;
    }

    /** The kinds of segments or suppliers of the CSV formats. */
    SegmentKind kind(Node n, String path) {
        String v = choice(n, path, KINDS, "a segment kind");
        return v == null ? null : SegmentKind.parse(v);
    }

    public YamlMap map(Node n, String path, List<String> known) {
        return YamlMap.open(this, n, path, known);
    }

    /** The items of a list; a single scalar is refused rather than guessed to be a one-item list. */
    public List<Node> list(Node n, String path) {
        if (n instanceof SequenceNode s) return s.getValue();
        wrongType(n, path, "a list");
        return null;
    }

    /** A scalar as text (numbers and booleans are taken as written). */
    public String text(Node n, String path) {
        if (n instanceof ScalarNode s && !isNull(s)) {
            String v = s.getValue();
            if (v.isBlank()) {
                error(n, path, "is empty");
                return null;
            }
            return v;
        }
        wrongType(n, path, "text");
        return null;
    }

    public List<String> texts(Node n, String path) {
        List<Node> items = list(n, path);
        if (items == null) return null;
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String t = text(items.get(i), path + "[" + i + "]");
            if (t != null) out.add(t);
        }
        return out;
    }

    public Integer integer(Node n, String path, int min) {
        Integer i = numeric(n, path, "a whole number", Integer::valueOf);
        if (i != null && i < min) {
            error(n, path, i + (min == 0 ? " is negative" : " is below the minimum " + min));
            return null;
        }
        return i;
    }

    /** A number of zero or more (distances). */
    public Double number(Node n, String path) {
        Double d = numeric(n, path, "a number", v -> {
            double x = Double.parseDouble(v);
            if (!Double.isFinite(x)) throw new NumberFormatException(v);
            return x;
        });
        return d != null && d < 0 ? negative(n, path) : d;
    }

    /** A money amount of zero or more, kept exactly as written. */
    BigDecimal amount(Node n, String path) {
        BigDecimal d = numeric(n, path, "an amount", BigDecimal::new);
        return d != null && d.signum() < 0 ? negative(n, path) : d;
    }

    private <T> T negative(Node n, String path) {
        error(n, path, ((ScalarNode) n).getValue().strip() + " is negative");
        return null;
    }

    /** A scalar parsed by {@code parse} ({@code _} digit separators allowed, as YAML 1.1 does). */
    private <T> T numeric(Node n, String path, String expected, java.util.function.Function<String, T> parse) {
        String v = scalar(n, path, expected);
        if (v == null) return null;
        try {
            return parse.apply(v.replace("_", ""));
        } catch (NumberFormatException e) {
            wrongType(n, path, expected);
            return null;
        }
    }

    public Boolean bool(Node n, String path) {
        String v = scalar(n, path, "true or false");
        if (v == null) return null;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> {
                wrongType(n, path, "true or false");
                yield null;
            }
        };
    }

    /** A duration in ISO-8601 or friendly form; {@code positive} refuses zero as well as negatives. */
    public Duration duration(Node n, String path, boolean positive) {
        String v = scalar(n, path, "a duration (72h, 30m, 3d, 1h30m or ISO-8601 PT72H, P3D)");
        if (v == null) return null;
        Duration d = Durations.parse(v);
        if (d == null) {
            boolean bare = v.strip().matches("-?\\d+(\\.\\d+)?");
            error(n, path, "'" + v + "' is not a duration" + (bare ? " (a number needs a unit)" : "")
                    + "; write 72h, 30m, 3d, 1h30m or ISO-8601 PT72H, P3D");
            return null;
        }
        if (d.isNegative() || (positive && d.isZero())) {
            error(n, path, "'" + v + "' must be " + (positive ? "longer than zero" : "zero or more"));
            return null;
        }
        return d;
    }

    /** One of the allowed words, compared case-insensitively; the canonical spelling is returned. */
    public String choice(Node n, String path, Collection<String> allowed, String what) {
        String v = text(n, path);
        if (v == null) return null;
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.strip())) return a;
        }
        error(n, path, "'" + v + "' is not " + what + Suggestions.didYouMean(v, allowed)
                + "; expected " + String.join("|", allowed));
        return null;
    }

    /** A BCP-47 language tag in canonical case (zh-CN, en, zh-Hant); null (reported) when malformed. */
    String locale(Node n, String path) {
        String v = text(n, path);
        if (v == null) return null;
        String canonical = canonicalLocale(v);
        if (canonical == null) {
            String fixed = canonicalLocale(v.replace('_', '-'));
            error(n, path, "'" + v + "' is not a BCP-47 language tag"
                    + (fixed != null ? " (did you mean '" + fixed + "'?)" : " (e.g. zh-CN, en, zh-Hant)"));
        }
        return canonical;
    }

    static String canonicalLocale(String tag) {
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (l.getLanguage().isEmpty()) return null;
            return l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /**
     * A text per locale ({@code zh-CN: ..., en: ...}): at least one entry, every key a BCP-47 tag, every
     * value non-empty text. Returns null when the whole map is unusable.
     */
    public Map<String, String> localized(Node n, String path) {
        return localized(n, path, (value, valuePath) -> text(value, valuePath));
    }

    interface ValueReader<T> {
        T read(Node value, String path);
    }

    /** A map from locale to a value read by {@code values}, with the locale checks of {@link #localized}. */
    <T> Map<String, T> localized(Node n, String path, ValueReader<T> values) {
        if (!(n instanceof MappingNode m)) {
            wrongType(n, path, "texts per locale (zh-CN: ..., en: ...)");
            return null;
        }
        if (m.getValue().isEmpty()) {
            error(n, path, "is empty; give the text in at least one locale (zh-CN: ..., en: ...)");
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node key = t.getKeyNode();
            String locale = locale(key, path);
            if (locale == null) continue;
            String valuePath = path + "." + locale;
            if (lines.containsKey(locale)) {
                error(key, valuePath, "duplicate locale (first at line " + lines.get(locale) + ")");
                continue;
            }
            lines.put(locale, key.getStartMark().getLine() + 1);
            T value = isNull(t.getValueNode()) ? null : values.read(t.getValueNode(), valuePath);
            if (isNull(t.getValueNode())) error(key, valuePath, "needs a text");
            if (value != null) out.put(locale, value);
        }
        return out;
    }

    private String scalar(Node n, String path, String expected) {
        if (n instanceof ScalarNode s && !isNull(s)) return s.getValue().strip();
        wrongType(n, path, expected);
        return null;
    }
}
