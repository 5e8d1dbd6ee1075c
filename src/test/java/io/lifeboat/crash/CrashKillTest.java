package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real command line as a child process ({@code java -cp ... io.lifeboat.Main}) and kills it
 * ({@code destroyForcibly}, i.e. SIGKILL) at seeded random moments; then checks what must hold whatever
 * the moment, and that re-running the killed command completes the work. The first run of each case is
 * not killed: it measures how long a whole run takes, and the kill moments spread over that span.
 * {@code -Dlifeboat.crash.iterations=N} (per case) and {@code -Dlifeboat.crash.seed=S} change the run.
 */
class CrashKillTest {
    static final long SEED = Long.getLong("lifeboat.crash.seed", 20260701L);
    static final int ITERATIONS = Integer.getInteger("lifeboat.crash.iterations", 25);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedImportsLandWholeOrNotAtAll() throws Exception {
        CliRun cli = new CliRun(dir.resolve("import"));
        run(new ImportCase(cli, dir.resolve("import"), 4000), SEED);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedIncidentOpensLeaveOneWholeIncident() throws Exception {
        CliRun cli = new CliRun(dir.resolve("incident"));
        run(new IncidentOpenCase(cli), SEED + 1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedDraftingLeavesAllDraftsOrNone() throws Exception {
        CliRun cli = new CliRun(dir.resolve("notify"));
        run(new NotifyDraftCase(cli), SEED + 2, ITERATIONS / 2);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedWatchOpensTheAlertsIncidentOnce() throws Exception {
        run(new WatchCase(dir.resolve("watch")), SEED + 3, ITERATIONS / 2);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedSendsNeverSendTwice() throws Exception {
        try (NotifySendCase c = new NotifySendCase(new CliRun(dir.resolve("send")))) {
            run(c, SEED + 4, ITERATIONS / 2);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedAcceptsKeepReservationsConsistent() throws Exception {
        run(new ReallocAcceptCase(new CliRun(dir.resolve("realloc"))), SEED + 5, ITERATIONS / 2);
    }

    private static void run(CrashCase c, long seed) throws Exception {
        run(c, seed, ITERATIONS);
    }

    private static void run(CrashCase c, long seed, int iterations) throws Exception {
        Random random = new Random(seed);
        long fullRunMs = 0;
        int killedMidway = 0;
        List<String> log = new ArrayList<>();
        for (int i = 0; i <= iterations; i++) {
            String location = c.prepare(i);
            long delay = i == 0 ? Long.MAX_VALUE : (long) (random.nextDouble() * fullRunMs * 1.1);
            String context = c.name() + " iteration " + i + " (seed " + seed + ", killed after " + delay + " ms)";
            long start = System.nanoTime();
            Process p = start(location, c.command());
            boolean finished = p.waitFor(i == 0 ? 120_000 : delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor();
                killedMidway++;
            } else if (i == 0) {
                assertThat(c.succeeded(p.exitValue())).as(c.name() + ": the whole run, exit " + p.exitValue()).isTrue();
                fullRunMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            long ran = System.nanoTime();
            if (i > 0) {
                c.checkAfterKill(location, context);
                c.rerunAndCheck(location, context);
            }
            log.add(context + (finished ? ": finished, exit " + p.exitValue() : ": killed") + " (process "
                    + (ran - start) / 1_000_000 + " ms, checks " + (System.nanoTime() - ran) / 1_000_000 + " ms)");
        }
        // A run where every kill came after the process ended would prove nothing.
        System.out.println(String.join("\n", log));
        assertThat(killedMidway).as(String.join("\n", log)).isGreaterThanOrEqualTo(iterations / 2);
    }

    private static Process start(String location, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "io.lifeboat.Main", "--db", location));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("LIFEBOAT_NOW", CliRun.NOW.toString());
        env.put("LIFEBOAT_ACTOR", "crash-harness");
        env.remove("LIFEBOAT_DB");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
