package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sla check: overdue tasks, reports past due, a plugged-in source, exit codes and --notify-cmd. */
class SlaCheckTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir).env("TZ", "UTC");
        cli.withFixtures();
        assertThat(cli.run("watch", "--cap", cli.resource("cap/typhoon.cap").toString()).code()).isEqualTo(3);
    }

    @Test
    void nothingOverdueRightAfterOpeningIsSilentWithExitZero() {
        CliRun.Result r = cli.run("sla", "check", "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void overdueTasksAndTheReportPastDueExitThree() {
        cli.at(CliRun.NOW.plus(Duration.ofHours(2)));
        CliRun.Result r = cli.run("sla", "check", "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("\"kind\": \"task_overdue\"", "\"item\": \"report-regulator\"",
                "\"kind\": \"report_past_due\"", "\"overdue_s\": 3600");
        Golden.assertMatches("sla-check.json", r.out());
        CliRun.Result table = cli.run("sla", "check");
        assertThat(table.out()).contains("KIND", "task_overdue", "report_past_due", "1 h 0 min ago", "due now");
        // once the report task is done, the report is no longer past due
        assertThat(cli.run("task", "done", "1", "report-regulator").code()).isZero();
        CliRun.Result after = cli.run("sla", "check", "-o", "csv");
        assertThat(after.out()).doesNotContain("report_past_due").doesNotContain("report-regulator");
    }

    @Test
    void closedAndDrillIncidentsAreLeftOut() {
        cli.at(CliRun.NOW.plus(Duration.ofHours(2)));
        assertThat(cli.run("incident", "close", "1", "--reason", "false alarm").code()).isZero();
        CliRun.Result r = cli.run("sla", "check");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anotherPartPlugsInItsOwnDeadlines() {
        try (Database db = Database.open(cli.db().toString())) {
            SlaSource replies = now -> List.of(new SlaItem("reply_overdue", 1, "Typhoon", false, "B1",
                    "no reply to the typhoon notice", now.minusSeconds(60), 60));
            List<SlaItem> items = SlaCheck.standard(db, replies).run(CliRun.NOW.plusSeconds(10), false);
            assertThat(items).extracting(SlaItem::kind).containsExactly("reply_overdue");
            List<SlaItem> drills = new SlaCheck(List.of(now -> List.of(new SlaItem("reply_overdue", 2, "Drill", true,
                    "B2", "x", now, 0)))).run(Instant.EPOCH, false);
            assertThat(drills).isEmpty();
        }
    }

    @Test
    void notifyCmdGetsTheJsonOnStdinWithoutAShell() throws Exception {
        cli.at(CliRun.NOW.plus(Duration.ofHours(2)));
        Path received = dir.resolve("received dir/got.json");
        Files.createDirectories(received.getParent());
        CliRun.Result r = cli.run("sla", "check", "--notify-cmd", "sh -c 'cat > \"$0\"' '" + received + "'");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        String json = Files.readString(received, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"checked_at\":\"2026-07-01T02:00:00Z\",\"count\":").contains("report_past_due");

        CliRun.Result failing = cli.run("sla", "check", "--notify-cmd", "sh -c 'echo webhook down; exit 4'");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.err()).contains("webhook down", "exited with 4");
        CliRun.Result missing = cli.run("sla", "check", "--notify-cmd", dir.resolve("no-such-script").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot run --notify-cmd");
    }
}
