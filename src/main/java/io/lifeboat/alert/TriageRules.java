package io.lifeboat.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.playbook.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keyword rules that classify traveler messages as {@code urgent}, {@code complex} or {@code routine}, with
 * each class's service level. The shipped file holds Chinese and English rules; users extend it with their own
 * files (their rules first within a class; the same id replaces a shipped rule).
 */
public final class TriageRules {
    public static final List<String> CLASSES = List.of("urgent", "complex", "routine");
    static final String SHIPPED = "/io/lifeboat/triage/rules.yaml";

    /** A rule: an id, its class and its keywords (already normalised for matching). */
    public record Rule(String id, String classification, List<String> keywords, String file) {
        public Rule {
            keywords = List.copyOf(keywords);
        }
    }

    /** How soon a class of message must be answered, and by whom. */
    public record ServiceLevel(Duration within, String action) {
    }

    private final List<Rule> rules;
    private final Map<String, ServiceLevel> levels;

    private TriageRules(List<Rule> rules, Map<String, ServiceLevel> levels) {
        this.rules = List.copyOf(rules);
        this.levels = Map.copyOf(levels);
    }

    public List<Rule> rules() {
        return rules;
    }

    public ServiceLevel level(String classification) {
        return levels.get(classification);
    }

    /** The shipped rules extended by {@code files} (earlier files first). */
    public static TriageRules load(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        Parsed shipped;
        try (InputStream in = TriageRules.class.getResourceAsStream(SHIPPED)) {
            shipped = parse("shipped:triage/rules.yaml", in.readAllBytes(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Parsed> user = new ArrayList<>();
        for (Path f : files) {
            try {
                user.add(parse(f.toString(), Files.readAllBytes(f), problems));
            } catch (IOException e) {
                problems.add(Problem.general(f.toString(), Files.exists(f) ? "cannot read: " + e.getMessage()
                        : "no such rules file"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, ServiceLevel> levels = new LinkedHashMap<>();
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Parsed p : user) {
            p.levels.forEach(levels::putIfAbsent);
            for (Rule r : p.rules) byId.putIfAbsent(r.id(), r);
        }
        shipped.levels.forEach(levels::putIfAbsent);
        for (Rule r : shipped.rules) byId.putIfAbsent(r.id(), r);
        List<Rule> ordered = new ArrayList<>();
        for (String c : CLASSES) {
            for (Rule r : byId.values()) {
                if (r.classification().equals(c)) ordered.add(r);
            }
        }
        return new TriageRules(ordered, levels);
    }

    private record Parsed(List<Rule> rules, Map<String, ServiceLevel> levels) {
    }

    private static Parsed parse(String file, byte[] yaml, List<Problem> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.at(file, line, null, "not valid YAML: " + e.getOriginalMessage()));
            return new Parsed(List.of(), Map.of());
        } catch (IOException e) {
            problems.add(Problem.general(file, "cannot read: " + e.getMessage()));
            return new Parsed(List.of(), Map.of());
        }
        if (root == null || !root.isObject()) {
            problems.add(Problem.general(file, "expected a mapping with 'rules' (and optionally 'service_levels')"));
            return new Parsed(List.of(), Map.of());
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("rules") && !f.equals("service_levels")) {
                problems.add(Problem.at(file, 0, f, "unknown field; expected rules or service_levels"));
            }
        }
        Map<String, ServiceLevel> levels = new LinkedHashMap<>();
        JsonNode sl = root.path("service_levels");
        if (!sl.isMissingNode()) {
            for (Map.Entry<String, JsonNode> e : sl.properties()) {
                String where = "service_levels." + e.getKey();
                if (!CLASSES.contains(e.getKey())) {
                    problems.add(Problem.at(file, 0, where, "not one of urgent, complex, routine"));
                    continue;
                }
                Duration within = Durations.parse(e.getValue().path("within").asText(null));
                if (within == null || within.isNegative()) {
                    problems.add(Problem.at(file, 0, where + ".within", "expected a duration such as 10s, 30m, 2h"));
                    continue;
                }
                levels.put(e.getKey(), new ServiceLevel(within, e.getValue().path("action").asText(e.getKey())));
            }
        }
        List<Rule> rules = new ArrayList<>();
        JsonNode list = root.path("rules");
        if (!list.isArray()) {
            problems.add(Problem.at(file, 0, "rules", "expected a list of rules (id, class, keywords)"));
            return new Parsed(rules, levels);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String where = "rules[" + i + "]";
            String id = r.path("id").asText("");
            String c = r.path("class").asText("");
            if (id.isBlank()) problems.add(Problem.at(file, 0, where + ".id", "missing"));
            if (!CLASSES.contains(c)) {
                problems.add(Problem.at(file, 0, where + ".class", "'" + c + "' is not urgent, complex or routine"));
            }
            List<String> keywords = new ArrayList<>();
            r.path("keywords").forEach(k -> {
                String kw = normalise(k.asText(""));
                if (!kw.isBlank()) keywords.add(kw);
            });
            if (keywords.isEmpty()) problems.add(Problem.at(file, 0, where + ".keywords", "give at least one keyword"));
            if (!id.isBlank() && CLASSES.contains(c) && !keywords.isEmpty()) rules.add(new Rule(id, c, keywords, file));
        }
        return new Parsed(rules, levels);
    }

    /** Lower case, typographic apostrophes made plain, whitespace runs made one space. */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u2019' || ch == '\u2018' || ch == '\uFF07') ch = '\'';
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            sb.append(ch);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
