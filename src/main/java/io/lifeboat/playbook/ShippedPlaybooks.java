package io.lifeboat.playbook;

import io.lifeboat.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The playbooks packed into the jar under {@code io/lifeboat/playbooks/}, listed by its {@code index.txt}
 * (no classpath scanning: it works the same from the jar, from target/classes and from tests). They are
 * immutable, so each is read at most once per process, and only when asked for.
 */
final class ShippedPlaybooks {
    static final String FOLDER = "io/lifeboat/playbooks/";
    static final String INDEX = FOLDER + "index.txt";

    private ShippedPlaybooks() {
    }

    /** Loaded on first use, one file at a time: finding one playbook by id reads only its file. */
    private static final Map<String, LoadResult> LOADED = new ConcurrentHashMap<>();

    /** Every shipped playbook, checked; a shipped file with problems is a packaging bug the tests catch. */
    static List<LoadResult> all() {
        List<LoadResult> out = new ArrayList<>();
        for (String name : index()) out.add(load(name));
        return out;
    }

    /** The ids of the shipped playbooks (each file is named after its id, which a test checks). */
    static List<String> ids() {
        return index().stream().map(ShippedPlaybooks::idOf).toList();
    }

    /** The shipped playbook with this id, checked; null when none is shipped under it. */
    static LoadResult byId(String id) {
        String name = id + ".yaml";
        return index().contains(name) ? load(name) : null;
    }

    private static String idOf(String fileName) {
        return fileName.replaceFirst("\\.ya?ml$", "");
    }

    /** The file names the index lists. */
    static List<String> index() {
        String text = resource(INDEX);
        if (text == null) return List.of();
        List<String> names = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
        }
        return names;
    }

    private static LoadResult load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            String text = resource(FOLDER + n);
            String file = PlaybookCatalog.SHIPPED + n;
            if (text == null) {
                return new LoadResult(file, null, null, List.of(Problem.general(file,
                        "listed in the index but missing from the jar")));
            }
            return PlaybookLoader.check(file, text, PlaybookCatalog.SHIPPED + idOf(n));
        });
    }

    private static String resource(String path) {
        try (InputStream in = ShippedPlaybooks.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
