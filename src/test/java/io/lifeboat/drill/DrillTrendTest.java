package io.lifeboat.drill;

import static io.lifeboat.drill.DrillRuns.json;
import static io.lifeboat.drill.DrillRuns.onSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four quarters of drills (run once for the class: the tests only read them or add plan items): trend,
 * regression exit code, improvement plans carried over, reports in md and HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillTrendTest {
    static final String[] QUARTERS = {"2026Q1", "2026Q2", "2026Q3", "2026Q4"};
    static final Instant[] STARTS = {Instant.parse("2026-02-10T01:00:00Z"), Instant.parse("2026-05-12T01:00:00Z"),
        Instant.parse("2026-07-01T01:00:00Z"), Instant.parse("2026-11-03T01:00:00Z")};

    Path dir;
    CliRun cli;
    final List<DrillRuns.Run> runs = new ArrayList<>();

    static Instant plus(Instant t, int minutes) {
        return t.plus(Duration.ofMinutes(minutes));
    }

    /**
     * Q1: the regulator report on time and the hotline logged (3 of 7 weight); Q2 adds the traveler notice (4/7);
     * Q3 adds the regrade (5/7); Q4 only the regulator report (2/7): a regression.
     */
    @BeforeAll
    void fourQuarters(@TempDir Path tmp) {
        dir = tmp;
        cli = DrillRuns.withFixtures(dir);
        for (int q = 0; q < 4; q++) {
            Instant t = STARTS[q];
            DrillRuns.Run run = DrillRuns.start(cli, DrillRuns.drillFile(cli, QUARTERS[q]), t);
            runs.add(run);
            String inc = Long.toString(run.incident());
            onSandbox(cli, run, plus(t, 45), "task", "done", inc, "report-regulator");
            if (q < 3) {
                assertThat(cli.at(plus(t, 40)).run("drill", "log", Long.toString(run.id()), "--expected", "staff-hotline")
                        .code()).isZero();
            }
            if (q == 1 || q == 2) onSandbox(cli, run, plus(t, 100), "task", "done", inc, "notify-travelers");
            if (q == 2) onSandbox(cli, run, plus(t, 150), "incident", "update", inc, "--injured", "1");
            assertThat(cli.at(plus(t, 600)).run("drill", "end", Long.toString(run.id())).code()).isZero();
        }
        cli.at(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void trendComparesFourQuartersWithLatencyPerDutyAndRepeatedFindings() {
        CliRun.Result r = cli.run("drill", "trend", "--scenario", "typhoon", "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode t = json(r.out());
        assertThat(t.get("quarters").findValuesAsText("quarter")).containsExactly(QUARTERS);
        List<Double> scores = new ArrayList<>();
        t.get("quarters").forEach(q -> scores.add(q.get("score").asDouble()));
        assertThat(scores).containsExactly(42.9, 57.1, 71.4, 28.6);
        assertThat(t.get("sparkline").asText()).isEqualTo(Trend.sparkline(List.of(42.9, 57.1, 71.4, 28.6)));
        assertThat(t.get("sparkline").asText()).isEqualTo("▄▅▆▃");
        JsonNode q3 = t.get("quarters").get(2);
        assertThat(q3.get("ratings").get("info-sync-regulator").asText()).isEqualTo("P");
        assertThat(q3.get("ratings").get("resource-allocation").asText()).isEqualTo("U");
        assertThat(q3.get("latency").get("information-sync").get("median_s").asLong()).isEqualTo(100 * 60);
        assertThat(q3.get("latency").get("information-sync").get("worst_s").asLong()).isEqualTo(150 * 60);
        assertThat(q3.get("latency").get("information-sync").get("missed").asInt()).isEqualTo(1);
        List<String> repeated = t.get("repeated_findings").findValuesAsText("expected");
        assertThat(repeated).contains("accept-realloc", "approve-notices").doesNotContain("report-regulator");
        CliRun.Result table = cli.run("drill", "trend");
        assertThat(table.out()).contains("2026Q1", "2026Q4", "▄▅▆▃", "43 → 57 → 71 → 29", "Repeated findings",
                "accept-realloc (resource-allocation): 2026Q1, 2026Q2, 2026Q3, 2026Q4");
        assertThat(cli.run("drill", "trend", "--scenario", "earthquake").out()).contains("no ended drill runs");
        io.lifeboat.Golden.assertMatches("drill-trend.csv", cli.run("drill", "trend", "-o", "csv").out());
        CliRun.Result chart = cli.run("drill", "trend", "--chart", dir.resolve("trend").toString());
        assertThat(chart.code()).as(chart.toString()).isZero();
        assertThat(dir.resolve("trend.png")).isNotEmptyFile();
        assertThat(dir.resolve("trend.svg")).content().contains("<svg", "viewBox=\"0 0 640 320\"");
    }

    @Test
    void regressionExitsThreeForCi() {
        CliRun.Result drop = cli.run("drill", "trend", "--fail-below", "20");
        assertThat(drop.code()).isEqualTo(3);
        assertThat(drop.err()).contains("regression: 2026Q4 scored 28.6, 42.9 below 2026Q3 (71.4; margin 10.0)");
        assertThat(cli.run("drill", "trend", "--fail-below", "20", "--margin", "50").code()).isZero();
        CliRun.Result below = cli.run("drill", "trend", "--fail-below", "30", "--margin", "50", "-o", "json");
        assertThat(below.code()).isEqualTo(3);
        assertThat(json(below.out()).get("regression").asText()).isEqualTo("2026Q4 scored 28.6, below 30.0");
        assertThat(cli.run("drill", "trend").code()).as("no gate without --fail-below").isZero();
    }

    @Test
    void improvementPlanCarriesOpenItemsIntoTheNextQuartersReport() {
        String q1 = Long.toString(runs.get(0).id());
        String q2 = Long.toString(runs.get(1).id());
        String q3 = Long.toString(runs.get(2).id());
        CliRun.Result add = cli.run("drill", "plan", q1, "--add", "Standby coach contract for peak season",
                "--capability", "resource-allocation", "--owner", "ops", "--due", "2026-04-30T00:00:00Z");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(cli.run("drill", "plan", q1, "--add", "Standby coach contract for peak season",
                "--capability", "resource-allocation", "--owner", "ops", "--due", "2026-04-30T00:00:00Z", "-o", "csv")
                .out().lines().count()).as("adding twice is one item").isEqualTo(2);
        JsonNode q1plan = json(cli.run("drill", "plan", q1, "--add", "Hotline script in Cantonese", "--capability",
                "reassurance", "--owner", "desk", "--due", "2026-04-30T00:00:00Z", "-o", "json").out());
        String hotline = q1plan.get(1).get("item").asText();
        assertThat(q1plan.get(1).get("action").asText()).isEqualTo("Hotline script in Cantonese");
        cli.run("drill", "plan", q2, "--add", "Approve notices before the 2 h mark", "--capability",
                "info-sync-travelers", "--owner", "duty manager", "--due", "2026-08-31T00:00:00Z");
        assertThat(cli.run("drill", "plan", q2, "--done", hotline).code()).isZero();
        assertThat(cli.run("drill", "plan", q1, "--add", "x", "--capability", "luck", "--owner", " ").code()).isEqualTo(2);

        CliRun.Result plan = cli.run("drill", "plan", q3, "-o", "json");
        JsonNode items = json(plan.out());
        assertThat(items.findValuesAsText("action")).containsExactly("Standby coach contract for peak season",
                "Approve notices before the 2 h mark");
        assertThat(items.get(0).get("carried").asBoolean()).isTrue();
        CliRun.Result md = cli.run("drill", "report", q3, "--format", "md");
        assertThat(md.code()).as(md.toString()).isZero();
        assertThat(md.out()).contains("# After-action report: Test typhoon", "## Overview", "## Timeline",
                "| T+0:30 |", "hotline-floods", "task.done task=notify-travelers", "## Capabilities",
                "| resource-allocation | 0.00 | U | U |", "## Strengths", "## Areas for improvement",
                "accept-realloc (resource-allocation) was missed", "## Improvement plan",
                "Standby coach contract for peak season | resource-allocation | ops | 2026-04-30 00:00 +00:00 | open | 2026Q1 (carried over)",
                "Approve notices before the 2 h mark", "▄▅▆ 2026Q1 42.9 → 2026Q2 57.1 → 2026Q3 71.4")
                .doesNotContain("Hotline script in Cantonese |", "2026Q4 28.6");
    }

    @Test
    void htmlReportLoadsInHeadlessChromiumWithItsChart() throws Exception {
        Path out = dir.resolve("reports/aar-q3.html");
        Files.createDirectories(out.getParent());
        CliRun.Result r = cli.run("drill", "report", Long.toString(runs.get(2).id()), "--format", "html", "--out",
                out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(dir.resolve("reports/aar-q3-trend.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("reports/aar-q3-trend.svg"))).contains("<svg");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>Improvement plan</h2>", "id=\"trend-chart\"", "data:image/png;base64,",
                "href=\"aar-q3-trend.svg\"", "<td class=\"U\">U</td>");

        String chromium = chromium();
        boolean required = System.getenv("LIFEBOAT_REQUIRE_CHROMIUM") != null;
        if (chromium == null && required) throw new AssertionError("LIFEBOAT_REQUIRE_CHROMIUM is set but chromium is missing");
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (CI installs it and requires it)");
        // A copy of the report with a probe that puts the chart's loaded size into the title.
        Path probe = dir.resolve("reports/probe.html");
        Files.writeString(probe, html.replace("</body>", "<script>window.addEventListener('load', () => {"
                + "const i = document.getElementById('trend-chart');"
                + "document.title = 'chart:' + i.complete + ':' + i.naturalWidth + 'x' + i.naturalHeight; });"
                + "</script></body>"), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(dom).contains("<title>chart:true:640x320</title>", "After-action report: Test typhoon",
                "Improvement plan");
    }

    private static String chromium() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }
}
