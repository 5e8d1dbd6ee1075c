package io.lifeboat.drill;

import static io.lifeboat.drill.DrillRuns.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo drill}: the recorded Q3 typhoon drill replayed through the real services and scored. */
class DemoDrillTest {
    @TempDir
    Path dir;

    @Test
    void replaysTheRecordedDrillOnceAndPrintsItsScoreCard() {
        CliRun cli = new CliRun(dir).env("TZ", "Asia/Hong_Kong");
        CliRun.Result r = cli.run("demo", "drill");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Drill 2026q3-typhoon", "Score 75.8 / 100", "call-elderly-group",
                "late 25 min (manual)", "MISSED", "2026-07-01 08:48 +08:00");
        JsonNode s = json(cli.run("demo", "drill", "-o", "json").out());
        assertThat(s.get("score").asDouble()).isEqualTo(75.8);
        assertThat(s.get("run").asLong()).as("replaying again finds the run").isEqualTo(1);
        JsonNode first = s.get("actions").get(0);
        assertThat(first.get("evidence").asText()).as("a task done on the drill incident").isEqualTo("task.done");
        assertThat(first.get("actor").asText()).isEqualTo("duty-manager");
        assertThat(cli.run("drill", "list", "-o", "csv").out().lines().count()).isEqualTo(2);
        CliRun.Result report = cli.run("drill", "report", "1", "--format", "md");
        assertThat(report.out()).contains("task.done task=report-regulator", "faxed the initial report",
                "book-port-city-day (resource-allocation) was missed");
    }
}
