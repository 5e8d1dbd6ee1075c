package io.lifeboat.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbooks packed into the jar under {@code io/lifeboat/playbooks/}, listed by its {@code index.txt}
 * (no classpath scanning: it works the same from the jar, from target/classes and from tests). They are
 * immutable, so they are read once per process.
 */
final class ShippedPlaybooks {
    static final String FOLDER = "io/lifeboat/playbooks/";
    static final String INDEX = FOLDER + "index.txt";

    private ShippedPlaybooks() {
    }

    private static final class Holder {
        static final List<LoadResult> ALL = loadAll();
    }

    /** Every shipped playbook, checked; a shipped file with problems is a packaging bug the tests catch. */
    static List<LoadResult> all() {
        return Holder.ALL;
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

    private static List<LoadResult> loadAll() {
        List<LoadResult> out = new ArrayList<>();
        for (String name : index()) {
            String text = resource(FOLDER + name);
            String file = PlaybookCatalog.SHIPPED + name;
            if (text == null) {
                out.add(new LoadResult(file, null, null, List.of(io.lifeboat.common.Problem.general(file,
                        "listed in the index but missing from the jar"))));
                continue;
            }
            String id = name.replaceFirst("\\.ya?ml$", "");
            out.add(PlaybookLoader.check(file, text, PlaybookCatalog.SHIPPED + id));
        }
        return List.copyOf(out);
    }

    private static String resource(String path) {
        try (InputStream in = ShippedPlaybooks.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
