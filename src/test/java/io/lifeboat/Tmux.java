package io.lifeboat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A real terminal for tests: one detached tmux session on a private server, driven with send-keys and
 * read with capture-pane. {@link #close()} ends the server.
 */
public final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static int sessions;

    private final String socket;
    private final String session = "test";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    public static boolean installed() {
        return runs("tmux", "-V");
    }

    /** Whether {@code command} runs and exits with 0. */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code shellCommand} (run by tmux's shell) in a new session of the given size. */
    public static synchronized Tmux start(String shellCommand, int width, int height)
            throws IOException, InterruptedException {
        Tmux t = new Tmux("lifeboat-test-" + ProcessHandle.current().pid() + "-" + (++sessions));
        t.tmux("new-session", "-d", "-s", t.session, "-x", String.valueOf(width), "-y", String.valueOf(height),
                shellCommand);
        return t;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** Types keys: text, or tmux key names such as {@code Tab}, {@code Enter}, {@code C-c}. */
    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    /** The screen and its scrollback, wrapped lines joined, trailing blanks cut. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session).lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Waits until the screen satisfies {@code ok}; fails showing the screen when it does not in time. */
    public String await(String what, Predicate<String> ok) throws IOException, InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        String s = screen();
        while (!ok.test(s)) {
            if (System.nanoTime() > end) throw new AssertionError("waited for " + what + "; the screen:\n" + s);
            Thread.sleep(200);
            s = screen();
        }
        return s;
    }

    /** The last line of the screen that is not blank (where the cursor usually is). */
    public static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Quotes {@code s} for the shell tmux runs commands with. */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
