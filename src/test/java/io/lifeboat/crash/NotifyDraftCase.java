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
        incident = FreshIncident.open(cli, location);
        CliRun.Result first = cli.raw("--db", location, "notify", "draft", Long.toString(incident));
        assertThat(first.code()).as(first.toString()).isZero();
        draftsPerIncident = Invariants.count(location, "SELECT COUNT(*) FROM notification WHERE incident_id = " + incident);
        assertThat(draftsPerIncident).isPositive();
    }

    @Override
    public String name() {
        return "notify draft";
    }

    @Override
    public String prepare(int iteration) {
        if (iteration > 0) incident = FreshIncident.open(cli, location);
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
