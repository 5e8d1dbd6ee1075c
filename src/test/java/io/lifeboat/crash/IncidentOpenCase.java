package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.util.List;

/**
 * {@code incident open} on one database, iteration after iteration (each starts by closing what the last
 * one opened): never two open incidents for one key, never an incident without its tasks, affected
 * bookings or audit entry, and re-running opens it exactly once.
 */
final class IncidentOpenCase implements CrashCase {
    private static final List<String> OPEN = List.of("incident", "open", "--playbook", "typhoon", "--area",
            "region:CN-GD,HK", "--area", "circle:20.9,116.4,50", "--from", "2026-07-01T00:00:00Z", "--until",
            "2026-07-04T00:00:00Z", "--title", "Typhoon crash test");

    private final CliRun cli;
    private final String location;
    private long tasksPerIncident = -1;
    private long bookingsPerIncident = -1;

    IncidentOpenCase(CliRun cli) {
        this.cli = cli;
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        this.location = cli.db();
        // the complete picture of one opening, to compare every survivor with
        CliRun.Result first = cli.raw("--db", location, "-o", "json", "incident", "open", "--playbook", "typhoon",
                "--area", "region:CN-GD,HK", "--area", "circle:20.9,116.4,50", "--from", "2026-07-01T00:00:00Z",
                "--until", "2026-07-04T00:00:00Z", "--title", "reference");
        assertThat(first.code()).as(first.toString()).isZero();
        tasksPerIncident = Invariants.count(location, "SELECT COUNT(*) FROM task WHERE incident_id = 1");
        bookingsPerIncident = Invariants.count(location, "SELECT COUNT(*) FROM incident_booking WHERE incident_id = 1");
        assertThat(tasksPerIncident).isPositive();
        assertThat(bookingsPerIncident).isPositive();
        closeOpen();
    }

    @Override
    public String name() {
        return "incident open";
    }

    @Override
    public String prepare(int iteration) {
        closeOpen();
        return location;
    }

    private void closeOpen() {
        CliRun.Result list = cli.raw("--db", location, "-o", "csv", "-q", "incident", "list");
        for (String line : list.out().lines().skip(1).toList()) {
            String id = line.substring(0, line.indexOf(','));
            CliRun.Result r = cli.raw("--db", location, "incident", "close", id, "--reason", "next iteration");
            assertThat(r.code()).as(r.toString()).isZero();
        }
    }

    @Override
    public List<String> command() {
        return OPEN;
    }

    @Override
    public void checkAfterKill(String location, String context) {
        long[] n = Invariants.counts(location, "SELECT COUNT(*) FROM incident WHERE status = 'open'",
                "SELECT COUNT(*) FROM incident", "SELECT COUNT(*) FROM audit_log WHERE action = 'incident.open'",
                "SELECT COUNT(*) FROM task", "SELECT COUNT(*) FROM incident_booking");
        long incidents = n[1];
        assertThat(n[0]).as(context + ": at most one open incident").isLessThanOrEqualTo(1);
        assertThat(n[2]).as(context + ": one incident.open entry per incident").isEqualTo(incidents);
        assertThat(n[3]).as(context + ": every incident has all its tasks").isEqualTo(incidents * tasksPerIncident);
        assertThat(n[4]).as(context + ": every incident has all its affected bookings")
                .isEqualTo(incidents * bookingsPerIncident);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        for (int run = 0; run < 2; run++) {
            CliRun.Result r = cli.raw(withDb(location));
            assertThat(r.code()).as(context + ": re-run\n" + r).isZero();
        }
        assertThat(Invariants.count(location, "SELECT COUNT(*) FROM incident WHERE status = 'open'"))
                .as(context + ": re-running opens it exactly once").isEqualTo(1);
        checkAfterKill(location, context + " (after re-run)");
    }

    private static String[] withDb(String location) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", location), OPEN.stream())
                .toArray(String[]::new);
    }
}
