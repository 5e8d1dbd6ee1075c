package io.lifeboat.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lifeboat.CliRun;
import io.lifeboat.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real shell on a real terminal: {@code lifeboat} with no arguments (which starts the shell on a
 * terminal) in a detached tmux session, driven with
 * send-keys and read with capture-pane. Skipped when tmux is missing, unless LIFEBOAT_REQUIRE_TMUX=1
 * (as CI sets it), where a missing tmux fails.
 */
class ShellTmuxTest {
    @TempDir
    Path dir;

    @Test
    void completesUsesRunsCancelsAndExits() throws Exception {
        boolean required = "1".equals(System.getenv("LIFEBOAT_REQUIRE_TMUX"));
        if (required) {
            assertThat(Tmux.installed()).as("tmux is required (LIFEBOAT_REQUIRE_TMUX=1) but not installed").isTrue();
        } else {
            assumeThat(Tmux.installed()).as("tmux is installed").isTrue();
        }
        // The demo agency (small), with its typhoon incident 1 opened at NOW; the shell runs 2 hours later,
        // when the one-hour report to the regulator (and the hotline) are overdue.
        // Always a SQLite file: this test is about the terminal; the PostgreSQL pass covers the store elsewhere,
        // and a second JVM's start-up against the test server only adds timing noise here.
        CliRun cli = new CliRun(dir);
        String db = dir.resolve("shell.db").toString();
        CliRun.Result demo = cli.raw("--db", db, "demo", "--bookings", "300");
        assertThat(demo.code()).as(demo.toString()).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", "env", "TERM=xterm-256color", "LANG=C.UTF-8",
                "HOME=" + dir, "LIFEBOAT_HISTORY=" + dir.resolve("history"),
                "LIFEBOAT_NOW=" + CliRun.NOW.plus(Duration.ofHours(2)), "LIFEBOAT_DB=" + q(db),
                q(java), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                // No arguments: on a terminal, 'lifeboat' alone starts the shell.
                q(System.getProperty("java.class.path")), "io.lifeboat.Main",
                "; echo \"shell exited: $?\"; sleep 60");
        Path script = dir.resolve("run.sh");
        Files.writeString(script, command + "\n");
        // bash, not sh: bash outlives the Ctrl-C that the shell under test catches, then prints its status.
        try (Tmux t = Tmux.start("bash " + q(script.toString()), 150, 50)) {
            t.await("the prompt", s -> lastLine(s).equals("lifeboat>"));
            t.keys("inc", "Tab");
            t.await("'inc' completed to 'incident'", s -> lastLine(s).equals("lifeboat> incident"));
            t.keys("sh", "Tab");
            t.await("'sh' completed to 'show'", s -> lastLine(s).equals("lifeboat> incident show"));
            t.keys("Tab");
            t.await("the open incident's id completed", s -> lastLine(s).equals("lifeboat> incident show 1"));
            t.keys("C-u", "use 1", "Enter");
            String s = t.await("the prompt showing incident 1 and its overdue tasks",
                    x -> lastLine(x).matches("lifeboat\\[#1 \u26a0\\d+]>"));
            assertThat(s).contains("current incident: 1");

            t.keys("task list", "Enter");
            t.await("the task list of the current incident", x -> x.contains("report-regulator")
                    && lastLine(x).startsWith("lifeboat[#1"));

            t.keys("task done report-regul", "Tab");
            t.await("the task id completed", x -> lastLine(x).endsWith("> task done report-regulator"));
            t.keys("C-c");
            t.await("Ctrl-C drops the line and keeps the shell",
                    x -> lastLine(x).matches("lifeboat\\[#1 \u26a0\\d+]>"));
            t.keys("use", "Enter");
            // Wait for the next prompt too: a Ctrl-D typed while the command still runs reaches a terminal
            // in cooked mode and is lost before the line editor reads again.
            t.await("the shell still answers after Ctrl-C",
                    x -> x.lines().anyMatch(l -> l.equals("current incident: 1"))
                            && lastLine(x).matches("lifeboat\\[#1 \u26a0\\d+]>"));

            t.keys("C-d");
            t.await("Ctrl-D exits the shell with 0", x -> x.lines().anyMatch(l -> l.equals("shell exited: 0")));
        }
        assertThat(Files.readString(dir.resolve("history"))).contains("use 1", "task list");
    }

    private static String lastLine(String screen) {
        return Tmux.lastLine(screen);
    }

    private static String q(String s) {
        return Tmux.quote(s);
    }
}
