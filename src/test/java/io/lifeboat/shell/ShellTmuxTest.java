package io.lifeboat.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lifeboat.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real shell on a real terminal: {@code lifeboat} with no arguments (which starts the shell on a
 * terminal) in a detached tmux session, driven with
 * send-keys and read with capture-pane. Skipped when tmux is missing, unless LIFEBOAT_REQUIRE_TMUX=1
 * (as CI sets it), where a missing tmux fails.
 */
class ShellTmuxTest {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    private final String socket = "lifeboat-test-" + ProcessHandle.current().pid();
    private final String session = "shell";

    private static boolean tmuxInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session).lines().map(String::stripTrailing)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /** Waits until the screen satisfies {@code ok}; fails with the screen when it does not in time. */
    private String await(String what, Predicate<String> ok) throws IOException, InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        String s = screen();
        while (!ok.test(s)) {
            if (System.nanoTime() > end) throw new AssertionError("waited for " + what + "; the screen:\n" + s);
            Thread.sleep(200);
            s = screen();
        }
        return s;
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (tmuxInstalled()) tmux("kill-server");
    }

    @Test
    void completesUsesRunsCancelsAndExits() throws Exception {
        boolean required = "1".equals(System.getenv("LIFEBOAT_REQUIRE_TMUX"));
        if (required) {
            assertThat(tmuxInstalled()).as("tmux is required (LIFEBOAT_REQUIRE_TMUX=1) but not installed").isTrue();
        } else {
            assumeThat(tmuxInstalled()).as("tmux is installed").isTrue();
        }
        // The demo agency (small), with its typhoon incident 1 opened at NOW; the shell runs 2 hours later,
        // when the one-hour report to the regulator (and the hotline) are overdue.
        CliRun cli = new CliRun(dir);
        CliRun.Result demo = cli.raw("--db", cli.db().toString(), "demo", "--bookings", "300");
        assertThat(demo.code()).as(demo.toString()).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", "env", "TERM=xterm-256color", "LANG=C.UTF-8",
                "HOME=" + dir, "LIFEBOAT_HISTORY=" + dir.resolve("history"),
                "LIFEBOAT_NOW=" + CliRun.NOW.plus(Duration.ofHours(2)), "LIFEBOAT_DB=" + q(cli.db().toString()),
                q(java), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                // No arguments: on a terminal, 'lifeboat' alone starts the shell.
                q(System.getProperty("java.class.path")), "io.lifeboat.Main",
                "; echo \"shell exited: $?\"; sleep 60");
        Path script = dir.resolve("run.sh");
        Files.writeString(script, command + "\n");
        // bash, not sh: bash outlives the Ctrl-C that the shell under test catches, then prints its status.
        tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "50", "bash " + q(script.toString()));

        await("the prompt", s -> lastLine(s).equals("lifeboat>"));
        keys("inc", "Tab");
        await("'inc' completed to 'incident'", s -> lastLine(s).equals("lifeboat> incident"));
        keys("sh", "Tab");
        await("'sh' completed to 'show'", s -> lastLine(s).equals("lifeboat> incident show"));
        keys("Tab");
        await("the open incident's id completed", s -> lastLine(s).equals("lifeboat> incident show 1"));
        keys("C-u", "use 1", "Enter");
        String s = await("the prompt showing incident 1 and its overdue tasks",
                x -> lastLine(x).matches("lifeboat\\[#1 \u26a0\\d+]>"));
        assertThat(s).contains("current incident: 1");

        keys("task list", "Enter");
        await("the task list of the current incident", x -> x.contains("report-regulator")
                && lastLine(x).startsWith("lifeboat[#1"));

        keys("task done report-regul", "Tab");
        await("the task id completed", x -> lastLine(x).endsWith("> task done report-regulator"));
        keys("C-c");
        await("Ctrl-C drops the line and keeps the shell", x -> lastLine(x).matches("lifeboat\\[#1 \u26a0\\d+]>"));
        keys("use", "Enter");
        await("the shell still answers after Ctrl-C", x -> x.lines().anyMatch(l -> l.equals("current incident: 1")));

        keys("C-d");
        await("Ctrl-D exits the shell with 0", x -> x.lines().anyMatch(l -> l.equals("shell exited: 0")));
        assertThat(Files.readString(dir.resolve("history"))).contains("use 1", "task list");
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
