package io.lifeboat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A short, representative workload the launcher runs once after each build with
 * {@code -XX:ArchiveClassesAtExit}, so the class-data archive holds the classes real commands load
 * (SQLite, Jackson, JTS, YAML, mustache, the table renderer), not only those of whichever command
 * happened to run first. Works in a temporary folder and prints nothing.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("lifeboat-training");
        try {
            train(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void train(Path dir) {
        String db = dir.resolve("training.db").toString();
        String data = dir.resolve("data").toString();
        String from = "2026-07-02T00:00:00+08:00";
        String until = "2026-07-04T00:00:00+08:00";
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"demo", "generate", "--bookings", "300", "--start", "2026-07-01", "--out", data},
                new String[] {"--db", db, "import", "bookings", data + "/bookings.csv"},
                new String[] {"--db", db, "import", "segments", data + "/segments.csv"},
                new String[] {"--db", db, "import", "suppliers", data + "/suppliers.csv"},
                new String[] {"--db", db, "import", "bookings", dir.resolve("missing.csv").toString()},
                new String[] {"--db", db, "affected", "--area", "region:CN-GD", "--from", from, "--until", until},
                new String[] {"--db", db, "-o", "json", "affected", "--area", "circle:22.3,114.2,80",
                    "--from", from, "--until", until},
                new String[] {"--db", db, "-o", "csv", "affected", "--area",
                    "polygon:20.2,109.7;25.5,113.2;22.5,117.2", "--from", from, "--until", until},
                new String[] {"--db", db, "export", "bookings", "--file", dir.resolve("out.csv").toString()},
                new String[] {"playbook", "list"},
                new String[] {"-o", "json", "playbook", "show", "typhoon"},
                new String[] {"--db", db, "incident", "open", "--playbook", "typhoon", "--area", "region:CN-GD",
                    "--from", from, "--until", until},
                new String[] {"--db", db, "incident", "show", "1"},
                new String[] {"--db", db, "-o", "json", "incident", "list"},
                new String[] {"--db", db, "task", "list", "1"},
                new String[] {"--db", db, "affected", "1"},
                new String[] {"--db", db, "timeline", "1"},
                new String[] {"--db", db, "db", "status"},
                new String[] {"no-such-command"}));
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Env env = Env.test(Map.of(), Instant.parse("2026-07-01T00:00:00Z"));
        for (String[] args : commands) {
            Cli.createFor(sink, sink, env, args).execute(args);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
