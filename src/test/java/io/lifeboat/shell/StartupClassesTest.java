package io.lifeboat.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One-shot commands start fast: they never load JLine (only 'lifeboat shell' does). */
class StartupClassesTest {

    /** The classes a fresh JVM loads for {@code lifeboat args...}. */
    private static List<String> loadedClasses(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                "io.lifeboat.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.contains("[class,load]")).toList();
    }

    @Test
    void versionHelpAndCompletionNeverLoadJLine() throws Exception {
        for (String[] args : new String[][] {{"--version"}, {"incident", "list", "--help"}, {"completion", "bash"}}) {
            List<String> loaded = loadedClasses(args);
            assertThat(loaded).as("classes loaded for %s", String.join(" ", args))
                    .anyMatch(l -> l.contains("io.lifeboat.cli.Cli "))
                    .noneMatch(l -> l.contains("org.jline."))
                    .noneMatch(l -> l.contains("io.lifeboat.shell."));
        }
    }

    @Test
    void theShellDoesLoadJLine() throws Exception {
        // The control for the test above: the same check sees JLine when it is loaded (end of input exits).
        assertThat(loadedClasses("--db", System.getProperty("java.io.tmpdir") + "/lifeboat-none.db", "shell"))
                .anyMatch(l -> l.contains("org.jline.reader.LineReader "));
    }
}
