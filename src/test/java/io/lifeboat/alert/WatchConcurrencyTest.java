package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several watches at once on one SQLite file, each with its own connection: the alert opens one incident. */
class WatchConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void racingWatchesOpenOneIncident() throws Exception {
        CliRun setup = new CliRun(dir.resolve("template"));
        setup.withFixtures();
        String alert = setup.resource("cap/typhoon.cap").toString();
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 3; round++) {
                CliRun cli = new CliRun(Files.createDirectories(dir.resolve("round-" + round)));
                cli.withFixtures();
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<CliRun.Result>> runs = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return cli.run("watch", "--cap", alert, "-o", "json");
                    }));
                }
                int opened = 0;
                for (Future<CliRun.Result> f : runs) {
                    CliRun.Result r = f.get();
                    assertThat(r.code()).as(r.toString()).isIn(0, 3);
                    if (r.code() == 3) {
                        opened++;
                        assertThat(r.out()).contains("\"event\":\"opened\"");
                    } else {
                        assertThat(r.out()).isEmpty();
                    }
                }
                assertThat(opened).as("round " + round).isEqualTo(1);
                CliRun.Result list = cli.run("incident", "list", "--all", "-o", "csv");
                assertThat(list.out().lines().count()).as(list.toString()).isEqualTo(2);
                assertThat(cli.run("audit", "verify").code()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Two different alerts (two senders' identifiers) for the same event, area and window, acted on at the
     * same moment: one opens the incident, the other finds it open; both are recorded and neither fails
     * (on PostgreSQL the loser's failed insert must not abort its whole transaction).
     */
    @Test
    void twoAlertsForOneIncidentRaceWithoutFailing() throws Exception {
        CliRun setup = new CliRun(dir.resolve("template-two"));
        String text = Files.readString(setup.resource("cap/typhoon.cap"));
        Path first = Files.writeString(dir.resolve("first.cap"), text);
        Path second = Files.writeString(dir.resolve("second.cap"),
                text.replace("<identifier>TC-2026-0701-001</identifier>", "<identifier>TC-2026-0701-001b</identifier>"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                CliRun cli = new CliRun(Files.createDirectories(dir.resolve("two-" + round)));
                cli.withFixtures();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<CliRun.Result>> runs = new ArrayList<>();
                for (Path alert : List.of(first, second)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return cli.run("watch", "--cap", alert.toString(), "-o", "json");
                    }));
                }
                int opened = 0;
                for (Future<CliRun.Result> f : runs) {
                    CliRun.Result r = f.get();
                    assertThat(r.code()).as(r.toString()).isIn(0, 3);
                    if (r.out().contains("\"event\":\"opened\"")) opened++;
                }
                assertThat(opened).as("round " + round).isEqualTo(1);
                assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(2);
                CliRun.Result again = cli.run("watch", "--cap", first.toString(), "--cap", second.toString(), "-o", "json");
                assertThat(again.code()).as("both alerts were recorded: " + again).isZero();
                assertThat(cli.run("audit", "verify").code()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two separate processes (JVMs), as two cron jobs would be: one incident. */
    @Test
    void twoWatchProcessesOpenOneIncident() throws Exception {
        CliRun cli = new CliRun(dir.resolve("processes"));
        cli.withFixtures();
        String alert = cli.resource("cap/typhoon.cap").toString();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.lifeboat.Main",
                    "--db", cli.db().toString(), "watch", "--cap", alert, "-o", "json")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("processes/out-" + i + ".txt").toFile());
            pb.environment().put("LIFEBOAT_NOW", CliRun.NOW.toString());
            processes.add(pb.start());
        }
        int opened = 0;
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(dir.resolve("processes/out-" + i + ".txt"));
            assertThat(p.exitValue()).as(out).isIn(0, 3);
            if (p.exitValue() == 3) {
                opened++;
                assertThat(out).contains("\"event\":\"opened\"");
            }
        }
        assertThat(opened).isEqualTo(1);
        assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(2);
    }
}
