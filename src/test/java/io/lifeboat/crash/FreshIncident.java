package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;

/** Closes whatever is open and opens the typhoon incident over the fixtures again: one per iteration. */
final class FreshIncident {
    private FreshIncident() {
    }

    static long open(CliRun cli, String location) {
        CliRun.Result list = cli.raw("--db", location, "-o", "csv", "-q", "incident", "list");
        for (String line : list.out().lines().skip(1).toList()) {
            cli.raw("--db", location, "incident", "close", line.substring(0, line.indexOf(',')), "--reason", "next");
        }
        CliRun.Result r = cli.raw("--db", location, "incident", "open", "--playbook", "typhoon", "--area",
                "region:CN-GD,HK", "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-04T00:00:00Z");
        assertThat(r.code()).as(r.toString()).isZero();
        return Invariants.count(location, "SELECT MAX(incident_id) FROM incident");
    }
}
