package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code watch} on the typhoon alert, each iteration on a fresh database: whatever the moment of death,
 * the alert is either unseen with no incident, or seen with exactly one incident; re-running opens it
 * exactly once.
 */
final class WatchCase implements CrashCase {
    private final Path dir;
    private final String alert;
    private CliRun cli;

    WatchCase(Path dir) {
        this.dir = dir;
        this.alert = new CliRun(dir.resolve("alert")).resource("cap/typhoon.cap").toString();
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String prepare(int iteration) {
        cli = new CliRun(dir.resolve("i" + iteration));
        cli.withFixtures();
        return cli.db();
    }

    @Override
    public List<String> command() {
        return List.of("watch", "--cap", alert);
    }

    @Override
    public boolean succeeded(int exitCode) {
        return exitCode == 3; // opened an incident: a human must look
    }

    @Override
    public void checkAfterKill(String location, String context) {
        long[] n = Invariants.counts(location, "SELECT COUNT(*) FROM cap_alert", "SELECT COUNT(*) FROM incident",
                "SELECT COUNT(*) FROM audit_log WHERE action = 'incident.open'");
        assertThat(n[1]).as(context + ": at most one incident").isLessThanOrEqualTo(1);
        assertThat(n[0] > 0).as(context + ": the alert is marked seen exactly when its incident exists")
                .isEqualTo(n[1] > 0);
        assertThat(n[2]).as(context + ": one incident.open entry per incident").isEqualTo(n[1]);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        for (int run = 0; run < 2; run++) {
            CliRun.Result r = cli.raw("--db", location, "watch", "--cap", alert);
            assertThat(r.code()).as(context + ": re-run\n" + r).isIn(0, 3);
        }
        assertThat(Invariants.count(location, "SELECT COUNT(*) FROM incident"))
                .as(context + ": re-running opens it exactly once").isEqualTo(1);
        checkAfterKill(location, context + " (after re-run)");
    }
}
