package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lifeboat.CliRun;
import io.lifeboat.Tmux;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The committed completion scripts match a fresh generation from the command model, and the bash one
 * works when sourced. After adding or changing a command, refresh them with
 * {@value #REFRESH}.
 */
class CompletionScriptsTest {
    static final String REFRESH = "./mvnw -q -o test -Dcompletions.update=true -Dtest=CompletionScriptsTest";
    static final Path BASH = Path.of("completions/lifeboat.bash");
    static final Path ZSH = Path.of("completions/lifeboat.zsh");

    @TempDir
    Path dir;

    private static CommandLine model() {
        return Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Env.test(Map.of(), CliRun.NOW));
    }

    /** The committed script; with -Dcompletions.update=true, first rewritten from {@code generated}. */
    private static String committed(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("completions.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as("%s is missing; generate it with: %s", file, REFRESH).isTrue();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void assertFresh(Path file, String generated) throws IOException {
        assertThat(committed(file, generated).equals(generated))
                .as("%s is stale (the commands changed); refresh it with: %s", file, REFRESH).isTrue();
    }

    @Test
    void committedScriptsMatchAFreshGeneration() throws IOException {
        assertFresh(BASH, CompletionScripts.bash(model()));
        assertFresh(ZSH, CompletionScripts.zsh(model()));
    }

    @Test
    void completionCommandPrintsTheScriptsEndingWithOneNewline() throws IOException {
        CliRun cli = new CliRun(dir);
        CliRun.Result bash = cli.raw("completion", "bash");
        assertThat(bash.code()).isZero();
        assertThat(bash.out()).isEqualTo(committed(BASH, CompletionScripts.bash(model())))
                .endsWith(" lifeboat.bash\n").doesNotEndWith("\n\n");
        CliRun.Result zsh = cli.raw("completion", "zsh");
        assertThat(zsh.out()).isEqualTo(committed(ZSH, CompletionScripts.zsh(model()))).startsWith("#compdef lifeboat\n")
                .doesNotEndWith("\n\n");
        // Sourced at every shell start: no hint on stderr when the output is not a terminal.
        assertThat(bash.err()).isEmpty();
        CliRun.Result bad = cli.raw("completion", "fish");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("fish", "bash", "zsh");
    }

    private static String bash(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** Completes {@code words} (the last one being typed) with the sourced script, as bash would on Tab. */
    private static List<String> complete(String... words) throws IOException, InterruptedException {
        StringBuilder arr = new StringBuilder();
        for (String w : words) arr.append(" '").append(w).append('\'');
        String line = String.join(" ", words);
        String out = bash("source " + BASH + "; COMP_WORDS=(" + arr + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_lifeboat lifeboat; printf '%s\\n' \"${COMPREPLY[@]}\"");
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void bashCompletionWorksWhenSourced() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")))
                .as("bash is installed").isTrue();
        assertThat(bash("source " + BASH + "; complete -p lifeboat").strip())
                .matches("complete .*-F _complete_lifeboat.* lifeboat");
        assertThat(complete("lifeboat", "inc")).containsExactly("incident");
        assertThat(complete("lifeboat", "incident", "cl")).containsExactly("close");
        assertThat(complete("lifeboat", "completion", "")).contains("bash", "zsh");
        assertThat(complete("lifeboat", "incident", "open", "--playbook", "ty")).containsExactly("typhoon");
        assertThat(complete("lifeboat", "task", "done", "--n")).contains("--note");
    }

    @Test
    void zshCompletionWorksOnARealTerminal() throws Exception {
        assumeThat(Tmux.installed() && Tmux.runs("zsh", "-fc", "true")).as("tmux and zsh are installed").isTrue();
        Files.createDirectories(dir.resolve("home"));
        try (Tmux t = Tmux.start("env HOME=" + Tmux.quote(dir.resolve("home").toString()) + " PS1='zsh%# ' zsh -f",
                120, 30)) {
            t.await("the zsh prompt", s -> Tmux.lastLine(s).equals("zsh#") || Tmux.lastLine(s).equals("zsh%"));
            t.keys("source " + ZSH.toAbsolutePath() + "; echo sourced", "Enter");
            t.await("the script sourced", s -> s.lines().anyMatch(l -> l.equals("sourced")));
            t.keys("lifeboat inc", "Tab");
            t.await("'inc' completed to 'incident'", s -> Tmux.lastLine(s).endsWith(" lifeboat incident"));
            t.keys("open --playbook ty", "Tab");
            t.await("the playbook id completed",
                    s -> Tmux.lastLine(s).endsWith(" lifeboat incident open --playbook typhoon"));
        }
    }
}
