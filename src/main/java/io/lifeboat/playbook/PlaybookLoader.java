package io.lifeboat.playbook;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads playbook YAML into {@link Playbook} records. Only the node tree is built (SnakeYAML's compose), never
 * objects from tags, so a file cannot make the loader instantiate anything; every problem is reported as
 * {@code FILE:LINE:COL: path: message}, all of them, in file order.
 */
public final class PlaybookLoader {
    /** Far more than any real playbook; stops a hostile file from exhausting memory. */
    private static final int MAX_CODE_POINTS = 2_000_000;

    private PlaybookLoader() {
    }

    /** Loads a playbook file, or throws {@link InvalidInputException} with every problem found. */
    public static Playbook load(Path file) {
        LoadResult r = check(file);
        if (!r.ok()) throw new InvalidInputException(r.problems());
        return r.playbook();
    }

    /**
     * Checks files in the order given; a folder stands for its {@code *.yaml} and {@code *.yml} files, by
     * name. An empty folder is reported, since validating nothing is usually a wrong path.
     */
    public static List<LoadResult> checkAll(List<Path> paths) {
        List<LoadResult> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = PlaybookCatalog.yamlFiles(p);
                if (files.isEmpty()) out.add(failed(p.toString(), "is a folder with no .yaml or .yml file"));
                for (Path f : files) out.add(check(f));
            } else {
                out.add(check(p));
            }
        }
        return out;
    }

    /** Checks a playbook file; its {@code source} is the path as given. */
    public static LoadResult check(Path file) {
        String name = file.toString();
        List<Problem> unreadable = new ArrayList<>();
        // A strict decoder: a file saved in GBK must be refused, not read as replacement characters.
        String text = readUtf8(file, unreadable);
        if (text == null) return new LoadResult(name, null, null, unreadable);
        return check(name, text, name);
    }

    /**
     * Checks playbook text.
     *
     * @param file   how problems name the file
     * @param source what the loaded playbook's {@code source} says
     */
    public static LoadResult check(String file, String text, String source) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        YamlReader reader = new YamlReader(file, text);
        Node root = compose(reader, text);
        if (!reader.problems().isEmpty()) return new LoadResult(file, null, null, reader.problems());
        if (root == null || reader.isNull(root)) {
            reader.errorAt(1, 1, null, "is empty; a playbook needs at least id, name, match, tasks and notifications");
            return new LoadResult(file, null, null, reader.problems());
        }
        YamlMap map = reader.map(root, "", PlaybookParser.FIELDS);
        Playbook playbook = map == null ? null : new PlaybookParser(reader).parse(map, source);
        List<Problem> problems = new ArrayList<>(reader.problems());
        problems.sort(Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column));
        return new LoadResult(file, PlaybookParser.peekId(map), problems.isEmpty() ? playbook : null, problems);
    }

    /**
     * The node tree of YAML text (never objects from tags); a syntax error is recorded on {@code reader}
     * with its line and column, and null returned. Drill files are read the same way.
     */
    public static Node compose(YamlReader reader, String text) {
        try {
            return yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            reader.errorAt(m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, null,
                    "YAML syntax: " + what + context);
        } catch (YAMLException e) {
            reader.errorAt(1, 1, null, "YAML: " + e.getMessage());
        }
        return null;
    }

    /** Text of a file decoded strictly as UTF-8, or null after adding the reason to {@code problems}. */
    public static String readUtf8(Path file, List<Problem> problems) {
        String name = file.toString();
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            problems.add(Problem.general(name, "no such file"));
        } catch (CharacterCodingException e) {
            problems.add(Problem.general(name, "is not UTF-8 text (save the file as UTF-8)"));
        } catch (IOException e) {
            problems.add(Problem.general(name, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static LoadResult failed(String file, String reason) {
        return new LoadResult(file, null, null, List.of(Problem.general(file, reason)));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
    }
}
