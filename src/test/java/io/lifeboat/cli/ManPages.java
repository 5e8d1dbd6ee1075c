package io.lifeboat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (run by the pom before the tests): one man page per command from the command model with
 * picocli's {@link ManPageGenerator} (AsciiDoc, in {@code target/man/adoc}), rendered to troff
 * ({@code target/man/*.1}) with {@code asciidoctor -b manpage} when asciidoctor is installed.
 * {@code lifeboat man install} copies the rendered pages.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/man");
        List<Path> sources = generate(out.resolve("adoc"));
        if (!render(sources, out)) {
            System.err.println("[man] asciidoctor not found: kept " + sources.size() + " AsciiDoc pages in "
                    + out.resolve("adoc") + "; install asciidoctor (apt-get install asciidoctor) to render them");
        }
    }

    /** Writes the AsciiDoc page of every command into {@code dir}; returns them, sorted. */
    static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        Env env = new Env(Map.of(), Clock.systemUTC(), false, false, "build");
        CommandLine root = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env);
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], true, root.getCommandSpec());
        if (code != 0) throw new IOException("the man page generator failed with exit code " + code);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
    }

    /** Renders the pages into {@code out} with asciidoctor; false when asciidoctor is not installed. */
    static boolean render(List<Path> sources, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("asciidoctor", "-b", "manpage", "-D", out.toString()));
        for (Path p : sources) cmd.add(p.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        String messages = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("asciidoctor failed rendering the man pages:\n" + messages);
        }
        return true;
    }
}
