package io.lifeboat.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident open through the CLI with the shipped playbooks. */
class IncidentOpenCommandTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void load() {
        cli = new CliRun(dir).at(Instant.parse("2026-07-01T06:00:00Z"));
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            assertThat(cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString()).code()).isZero();
        }
    }

    private static List<String> keys(String csv, int bookingCol, int seqCol) {
        return csv.lines().skip(1).map(l -> l.split(",")).map(f -> f[bookingCol] + "/" + f[seqCol]).sorted().toList();
    }

    @Test
    void theTyphoonPlaybookWidensTheQueryByItsBuffers() {
        // typhoon: all kinds, lead 72h, tail 24h, buffer 50 km.
        CliRun.Result open = cli.run("-o", "json", "incident", "open", "--playbook", "typhoon",
                "--area", "circle:22.3,114.17,10", "--from", "2026-07-04T00:00:00Z", "--until", "2026-07-05T00:00:00Z");
        assertThat(open.code()).as(open.toString()).isZero();
        assertThat(open.out()).contains("\"id\": 1", "\"playbook\": \"typhoon\"", "\"status\": \"open\"",
                "\"affected_bookings\"", "\"affected_travelers\"", "\"grade\"", "\"report_due\"", "\"existing\": false");
        List<String> viaIncident = keys(cli.run("affected", "1", "-o", "csv").out(), 0, 1);
        List<String> adHoc = keys(cli.run("affected", "-o", "csv", "--area", "circle:22.3,114.17,60",
                "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-06T00:00:00Z").out(), 0, 1);
        assertThat(viaIncident).isEqualTo(adHoc).isNotEmpty();
        assertThat(open.err()).contains("next: lifeboat incident show 1", "lifeboat notify draft 1");
    }

    @Test
    void openingTheSameAgainShowsTheOpenOneAndForceOpensAnother() {
        String[] args = {"incident", "open", "--playbook", "typhoon", "--area", "region:HK", "--from",
            "2026-07-02T00:00:00+08:00", "--until", "2026-07-03T00:00:00+08:00"};
        assertThat(cli.run(args).code()).isZero();
        CliRun.Result again = cli.run(args);
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("incident 1 already covers this", "--force");
        assertThat(again.out()).contains("Incident 1:");
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(cli.run(forced).out()).contains("Opened incident 2:");
        assertThat(cli.run("incident", "list", "-o", "csv").out().lines().count()).isEqualTo(3);
    }

    @Test
    void perBookingPlaybookNeedsABooking() {
        CliRun.Result missing = cli.run("incident", "open", "--playbook", "traveler-illness");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--booking");
        CliRun.Result ok = cli.run("-o", "json", "incident", "open", "--playbook", "traveler-illness", "--booking", "B3",
                "--title", "佐藤 健: chest pain");
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("\"scope\": \"booking\"", "\"booking\": \"B3\"", "\"title\": \"佐藤 健: chest pain\"");
    }

    @Test
    void usageErrors() {
        assertThat(cli.run("incident", "open", "--playbook", "tsunami", "--area", "region:HK").err())
                .contains("tsunami");
        CliRun.Result noArea = cli.run("incident", "open", "--playbook", "typhoon");
        assertThat(noArea.code()).isEqualTo(2);
        assertThat(noArea.err()).contains("--area", "--from/--until");
        CliRun.Result half = cli.run("incident", "open", "--playbook", "typhoon", "--area", "region:HK", "--from",
                "2026-07-02T00:00:00Z");
        assertThat(half.code()).isEqualTo(2);
        assertThat(half.err()).contains("give both --from and --until");
        CliRun.Result badRegulator = cli.run("incident", "open", "--playbook", "typhoon", "--area", "region:HK",
                "--from", "2026-07-02T00:00:00Z", "--until", "2026-07-03T00:00:00Z", "--regulator", "atlantis");
        assertThat(badRegulator.code()).isEqualTo(2);
        assertThat(badRegulator.err()).contains("--regulator atlantis: no such profile");
    }

    @Test
    void aDrillIncidentIsFlagged() {
        CliRun.Result r = cli.run("-o", "json", "incident", "open", "--playbook", "typhoon", "--area", "region:HK",
                "--from", "2026-07-02T00:00:00Z", "--until", "2026-07-03T00:00:00Z", "--drill");
        assertThat(r.out()).contains("\"drill\": true");
        assertThat(cli.run("incident", "list").out()).contains("open (drill)");
    }
}
