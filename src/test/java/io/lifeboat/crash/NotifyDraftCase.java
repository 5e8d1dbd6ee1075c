package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.util.List;

/**
 * {@code notify draft} on a fresh incident each iteration: whatever the moment of death, an incident's
 * drafts are all there or none are, never two for one recipient and channel, and re-running drafts each
 * exactly once.
 */
final class NotifyDraftCase implements CrashCase {
    private final CliRun cli;
    private final String location;
    private final long draftsPerIncident;
    private long incident;

    NotifyDraftCase(CliRun cli) {
        this.cli = cli;
        cli.withFixtures();
        this.location = cli.db();
        incident = open();
        CliRun.Result first = cli.raw("--db", location, "notify", "draft", Long.toString(incident));
        assertThat(first.code()).as(first.toString()).isZero();
        draftsPerIncident = Invariants.count(location, "SELECT COUNT(*) FROM notification WHERE incident_id = " + incident);
        assertThat(draftsPerIncident).isPositive();
    }

    private long open() {
        CliRun.Result list = cli.raw("--db", location, "-o", "csv", "-q", "incident", "list");
        for (String line : list.out().lines().skip(1).toList()) {
            cli.raw("--db", location, "incident", "close", line.substring(0, line.indexOf(',')), "--reason", "next");
        }
        CliRun.Result r = cli.raw("--db", location, "incident", "open", "--playbook", "typhoon", "--area",
                "region:CN-GD,HK", "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-04T00:00:00Z");
        assertThat(r.code()).as(r.toString()).isZero();
        return Invariants.count(location, "SELECT MAX(incident_id) FROM incident");
    }

    @Override
    public String name() {
        return "notify draft";
    }

    @Override
    public String prepare(int iteration) {
        if (iteration > 0) incident = open();
        return location;
    }

    @Override
    public List<String> command() {
        return List.of("notify", "draft", Long.toString(incident));
    }

    @Override
    public void checkAfterKill(String location, String context) {
        long[] n = Invariants.counts(location,
                "SELECT COUNT(*) FROM notification WHERE incident_id = " + incident,
                "SELECT COUNT(*) FROM (SELECT DISTINCT incident_id, audience, recipient_id, channel FROM notification) d",
                "SELECT COUNT(*) FROM notification");
        assertThat(n[0]).as(context + ": all drafts or none").isIn(0L, draftsPerIncident);
        assertThat(n[1]).as(context + ": one draft per recipient and channel").isEqualTo(n[2]);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        for (int run = 0; run < 2; run++) {
            CliRun.Result r = cli.raw("--db", location, "notify", "draft", Long.toString(incident));
            assertThat(r.code()).as(context + ": re-run\n" + r).isZero();
        }
        assertThat(Invariants.count(location, "SELECT COUNT(*) FROM notification WHERE incident_id = " + incident))
                .as(context + ": re-running drafts each once").isEqualTo(draftsPerIncident);
        checkAfterKill(location, context + " (after re-run)");
    }
}
