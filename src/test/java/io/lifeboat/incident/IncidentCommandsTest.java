package io.lifeboat.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.store.Database;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident list/show/update/close, task list/done, timeline, audit verify and affected INCIDENT_ID via the CLI. */
class IncidentCommandsTest {
    static final Instant OPENED = Instant.parse("2026-07-01T12:00:00Z");

    @TempDir
    Path dir;
    CliRun cli;
    long id;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir).env("TZ", "Asia/Shanghai").at(OPENED.plus(Duration.ofMinutes(90)));
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            assertThat(cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString()).code()).isZero();
        }
        try (Database db = Database.open(cli.db().toString())) {
            Opened o = new IncidentService(db).open(new OpenRequest(
                    TestPlaybooks.area("typhoon", List.of(SegmentKind.HOTEL, SegmentKind.TOUR, SegmentKind.FLIGHT,
                            SegmentKind.COACH, SegmentKind.CRUISE), Duration.ZERO, Duration.ZERO, 0),
                    AreaSpec.parseAll(List.of("region:CN-GD,HK", "circle:20.9,116.4,50")),
                    new TimeWindow(Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-04T00:00:00Z")),
                    null, "Typhoon Mawar", false, false, RegulatorProfiles.find(null), "manual", "alice", OPENED));
            id = o.incident().id();
        }
    }

    @Test
    void listShowsOpenIncidentsWithOverdueTasks() {
        CliRun.Result r = cli.run("incident", "list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Typhoon Mawar", "typhoon", "2026-07-01 20:00 +08:00");
        CliRun.Result json = cli.run("incident", "list", "-o", "json");
        assertThat(json.out()).contains("\"tasks_overdue\": 1", "\"affected_bookings\": 3", "\"affected_travelers\": 8",
                "\"report_due\": \"2026-07-01T13:00:00Z\"", "\"grade\": \"general\"");
        Golden.assertMatches("incident-list.csv", cli.run("incident", "list", "-o", "csv").out());
    }

    @Test
    void showSummarisesWhoWhatAndWhen() {
        CliRun.Result r = cli.run("incident", "show", Long.toString(id));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Incident " + id + ": Typhoon Mawar", "Affected: 3 bookings, 8 travelers",
                "by region   CN-GD-SZ 1, HK 1, ZZ 1", "by need     elderly 1, medical 1, wheelchair 1",
                "report-regulator", "OVERDUE 30 min", "open, due in 30 min", "report due 2026-07-01 21:00 +08:00 (30 min ago)");
        Golden.assertMatches("incident-show.json", cli.run("incident", "show", Long.toString(id), "-o", "json").out());
    }

    @Test
    void aTaskAtItsDueInstantReadsDueNow() {
        CliRun.Result r = cli.at(OPENED.plus(Duration.ofMinutes(120))).run("task", "list", Long.toString(id));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("due now", "OVERDUE 1 h").doesNotContain("0 s");
    }

    @Test
    void affectedIncidentListsByPriorityWithReasons() {
        CliRun.Result csv = cli.run("affected", Long.toString(id), "-o", "csv");
        assertThat(csv.code()).as(csv.toString()).isZero();
        Golden.assertMatches("affected-incident.csv", csv.out());
        assertThat(csv.out().lines().skip(1).map(l -> l.split(",")[0]).distinct().toList())
                .containsExactly("B1", "B5", "B6");
        CliRun.Result table = cli.run("affected", Long.toString(id));
        assertThat(table.out()).contains("PRIO", "WHY FIRST", "wheelchair user, elderly or infant, VIP, already travelling");
        CliRun.Result geo = cli.run("affected", Long.toString(id), "-o", "geojson");
        Golden.assertMatches("affected-incident.geojson", geo.out());
        assertThat(cli.run("affected", Long.toString(id), "--area", "region:HK").code()).isEqualTo(2);
        assertThat(cli.run("incident", "list", "-o", "geojson").err()).contains("-o geojson' is for 'affected INCIDENT_ID'");
    }

    @Test
    void tasksAreDoneOnceAndShowInTheTimeline() {
        CliRun.Result done = cli.run("--actor", "bob", "task", "done", Long.toString(id), "report-regulator", "--note",
                "called the bureau");
        assertThat(done.code()).as(done.toString()).isZero();
        CliRun.Result again = cli.run("--actor", "carol", "task", "done", Long.toString(id), "report-regulator");
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already done", "by bob");
        CliRun.Result list = cli.run("task", "list", Long.toString(id), "-o", "json");
        assertThat(list.out()).contains("\"id\": \"report-regulator\"", "\"status\": \"done\"", "\"done_by\": \"bob\"",
                "\"capability\": \"info-sync-regulator\"", "\"due\": \"2026-07-01T13:00:00Z\"");
        assertThat(cli.run("task", "done", Long.toString(id), "no-such-task").code()).isEqualTo(2);
        CliRun.Result timeline = cli.run("timeline", Long.toString(id));
        assertThat(timeline.out()).contains("incident.open", "alice", "task.done", "bob", "task=report-regulator");
        assertThat(timeline.out()).doesNotContain("carol");
    }

    @Test
    void updateRegradesAndCloseIsIdempotent() {
        CliRun.Result up = cli.run("-o", "json", "incident", "update", Long.toString(id), "--deaths", "3");
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(up.out()).contains("\"grade\": \"larger\"", "\"deaths\": 3");
        assertThat(cli.run("incident", "update", Long.toString(id), "--injured", "-1").code()).isEqualTo(2);
        CliRun.Result close = cli.run("incident", "close", Long.toString(id), "--reason", "typhoon passed");
        assertThat(close.code()).isZero();
        CliRun.Result again = cli.run("incident", "close", Long.toString(id), "--reason", "again");
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already closed");
        assertThat(cli.run("incident", "list").out()).contains("No incidents");
        assertThat(cli.run("incident", "list", "--all").out()).contains("Typhoon Mawar", "closed");
        assertThat(cli.run("incident", "show", "999").err()).contains("no incident 999");
    }

    @Test
    void auditVerifyExitsOneNamingTheFirstAlteredEntry() throws Exception {
        cli.run("task", "done", Long.toString(id), "notify-travelers");
        CliRun.Result ok = cli.run("audit", "verify");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("intact: 5 entries"); // 3 imports, open, task done
        try (Database db = Database.open(cli.db().toString()); Statement st = db.connection().createStatement()) {
            st.executeUpdate("UPDATE audit_log SET details = replace(details, 'notify-travelers', 'x') WHERE entry_id = 5");
        }
        CliRun.Result bad = cli.run("audit", "verify", "-o", "json");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("\"intact\": false", "\"first_bad_entry\": 5");
    }
}
