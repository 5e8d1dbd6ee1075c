package io.lifeboat.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import io.lifeboat.cli.Env;
import io.lifeboat.cli.ShellSession;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's loop on a scripted (dumb) terminal: 'use', filled-in ids, prompt, history, end of input. */
class ShellTest {
    @TempDir
    Path dir;

    private record Session(int code, String out, String err, String screen) {
    }

    private Session run(CliRun cli, String input, Duration later) throws Exception {
        Map<String, String> vars = new HashMap<>(TestDb.environment());
        vars.put("LIFEBOAT_DB", cli.db());
        vars.put("LIFEBOAT_HISTORY", dir.resolve("history").toString());
        Env env = Env.test(vars, CliRun.NOW.plus(later));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        // Typed lines on a pipe that stays open (as a keyboard does); each script ends with 'exit'.
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard, 1 << 16);
        keyboard.write(input.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        try (keyboard; Terminal t = TerminalBuilder.builder().system(false).type("dumb")
                .encoding(StandardCharsets.UTF_8).streams(in, screen).build()) {
            code = new Shell().run(t, env, new PrintWriter(out, true), new PrintWriter(err, true));
        }
        return new Session(code, out.toString(), err.toString(), screen.toString(StandardCharsets.UTF_8));
    }

    private static CliRun withIncident(Path dir) {
        CliRun cli = new CliRun(dir);
        for (String f : new String[] {"bookings", "segments"}) {
            assertThat(cli.run("import", f, cli.resource("fixtures/" + f + ".csv").toString()).code()).isZero();
        }
        CliRun.Result open = cli.run("incident", "open", "--playbook", "typhoon", "--area", "region:CN,HK,MO,JP",
                "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-10T00:00:00Z");
        assertThat(open.code()).as(open.toString()).isZero();
        return cli;
    }

    @Test
    void useSetsTheCurrentIncidentAndCommandsLeaveItOut() throws Exception {
        CliRun cli = withIncident(dir);
        Session s = run(cli, "use 1\nincident show\ntask done staff-hotline --note 'hotline open'\nuse none\nexit\n",
                Duration.ofHours(2));
        assertThat(s.code()).isZero();
        assertThat(s.err()).as(s.toString()).contains("current incident: 1");
        assertThat(s.out()).contains("Tasks (", "done: staff-hotline");
        // The prompt follows: none, then #1 with its overdue tasks, one fewer after a task is done.
        assertThat(s.screen()).contains("lifeboat> ", "lifeboat[#1 \u26a0");
        assertThat(cli.run("timeline", "1").out()).contains("task.done");
        assertThat(Files.readString(dir.resolve("history"))).contains("use 1", "incident show");
        assertThat(ShellSession.current()).isEmpty();
    }

    @Test
    void badLinesReportAndTheShellGoesOn() throws Exception {
        CliRun cli = withIncident(dir);
        Session s = run(cli, "use 99\nuse abc\nincdent list\nshell\nincident list\nquit\n", Duration.ZERO);
        assertThat(s.code()).isZero();
        assertThat(s.err()).contains("no incident 99", "'abc' is not an incident id", "Did you mean: incident",
                "already in the shell");
        assertThat(s.out()).contains("typhoon");
        assertThat(s.screen()).doesNotContain("lifeboat[#99");
    }
}
