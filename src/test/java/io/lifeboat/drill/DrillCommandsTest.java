package io.lifeboat.drill;

import static io.lifeboat.drill.DrillRuns.json;
import static io.lifeboat.drill.DrillRuns.onSandbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.incident.DrillGuard;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Incident;
import io.lifeboat.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drill start/log/end/score/rate/show/list through the CLI, with evidence from real commands on the sandbox. */
class DrillCommandsTest {
    static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");

    @TempDir
    Path dir;
    CliRun cli;
    Path file;

    @BeforeEach
    void setUp() {
        cli = DrillRuns.withFixtures(dir);
        file = DrillRuns.drillFile(cli, "2026Q3");
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void startOpensADrillIncidentOnASandboxAndLeavesRealIncidentsAlone() {
        CliRun.Result r = cli.at(T0).run("drill", "start", file.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Drill run 1: t-2026q3", "[DRILL]", "warning", "hotline-floods",
                "2026-07-01 01:30 +00:00", "report-regulator *", "task.done:report-regulator");
        assertThat(r.err()).contains("next: lifeboat --db ");
        DrillRuns.Run run = new DrillRuns.Run(1, 1, json(cli.run("drill", "list", "-o", "json").out()).get(0)
                .get("sandbox").asText());
        if (DrillRuns.sandboxed()) {
            assertThat(run.sandbox()).isEqualTo(dir.resolve("test.drill-t-2026q3-20260701T010000.db").toString());
            assertThat(Path.of(run.sandbox())).exists();
            assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).as("no incident at home")
                    .isEqualTo(1);
        } else {
            assertThat(cli.at(T0).run("drill", "start", file.toString(), "--sandbox", "x.db").err())
                    .contains("runs drills in place");
        }
        JsonNode incident = json(onSandbox(cli, run, T0, "incident", "show", "1", "-o", "json").out());
        assertThat(incident.get("drill").asBoolean()).isTrue();
        assertThat(incident.get("source").asText()).isEqualTo("drill:t-2026q3");
        // Starting again shows the running run; nothing new.
        CliRun.Result again = cli.at(at(5)).run("drill", "start", file.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already running as run 1");
        assertThat(cli.run("drill", "list", "-o", "csv").out().lines().count()).isEqualTo(2);
        // Nothing can be sent from the drill incident; a real one passes the guard.
        try (Database box = Database.open(run.sandbox())) {
            Incident drill = new IncidentService(box).get(1);
            assertThatThrownBy(() -> DrillGuard.refuseSending(drill, "the traveler notice"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is a drill incident");
            DrillGuard.refuseSending(new IncidentService(box).list(true, T0).stream().map(IncidentService.IncidentRow::incident)
                    .filter(i -> !i.drill()).findFirst().orElse(withDrill(drill, false)), "the traveler notice");
        }
    }

    private static Incident withDrill(Incident i, boolean drill) {
        return new Incident(i.id(), i.title(), i.playbookId(), i.playbookVersion(), i.playbookSource(), i.scope(),
                i.status(), drill, i.areas(), i.windowFromMs(), i.windowUntilMs(), i.bookingId(), i.matchKey(), i.forced(),
                i.source(), i.openedMs(), i.openedBy(), i.closedMs(), i.closedBy(), i.closeReason(), i.deaths(),
                i.injured(), i.stranded(), i.regulatorId(), i.grade(), i.reportDueMs(), i.version());
    }

    @Test
    void scoreComesFromCommandsRunOnTheDrillIncidentAndOutlivesTheSandbox() throws Exception {
        DrillRuns.Run run = DrillRuns.start(cli, file, T0);
        String id = Long.toString(run.id());
        String inc = Long.toString(run.incident());
        onSandbox(cli, run, at(60), "task", "done", inc, "report-regulator");          // exactly on time
        onSandbox(cli, run, at(121), "task", "done", inc, "notify-travelers");         // 1 min late
        onSandbox(cli, run, at(90), "incident", "update", inc, "--stranded", "40");     // regrade on time
        try (Database box = Database.open(run.sandbox())) {                             // what notify/realloc write
            AuditLog log = new AuditLog(box);
            log.record(at(100), "bob", "notify.approve", run.incident(), Map.of("audience", "suppliers", "count", 3));
            log.record(at(110), "bob", "notify.approve", run.incident(), Map.of("audience", "travelers", "count", 8));
            log.record(at(480), "carol", "realloc.accept", run.incident(), Map.of("placed", 8));  // twice late: 0
        }
        CliRun.Result logged = cli.at(at(50)).run("drill", "log", id, "--expected", "staff-hotline", "--note",
                "second line opened");
        assertThat(logged.code()).as(logged.toString()).isZero();
        assertThat(cli.at(at(51)).run("drill", "log", id, "--expected", "staff-hotline", "--at",
                at(50).toString()).out()).contains("logged 0 of 1", "already recorded");

        CliRun.Result live = cli.at(at(200)).run("drill", "score", id);
        assertThat(live.err()).contains("still running");
        assertThat(cli.at(at(500)).run("drill", "end", id).code()).isZero();
        assertThat(cli.at(at(501)).run("drill", "end", id).err()).contains("had already ended");
        if (DrillRuns.sandboxed()) Files.delete(Path.of(run.sandbox()));

        CliRun.Result score = cli.at(at(600)).run("drill", "score", id, "-o", "json");
        assertThat(score.code()).as(score.toString()).isZero();
        Golden.assertMatches("drill-score.json", score.out());
        JsonNode s = json(score.out());
        Map<String, JsonNode> actions = new java.util.HashMap<>();
        s.get("actions").forEach(a -> actions.put(a.get("id").asText(), a));
        assertThat(actions.get("report-regulator").get("latency_s").asLong()).isEqualTo(3600);
        assertThat(actions.get("report-regulator").get("credit").asDouble()).isEqualTo(1.0);
        assertThat(actions.get("notify-travelers").get("credit").asDouble()).isEqualTo(0.9917);
        assertThat(actions.get("approve-notices").get("done_at").asText()).isEqualTo(at(110).toString());
        assertThat(actions.get("staff-hotline").get("latency_s").asLong()).isEqualTo(20 * 60);
        assertThat(actions.get("accept-realloc").get("credit").asDouble()).isZero();
        assertThat(actions.get("accept-realloc").get("status").asText()).isEqualTo("late");
        assertThat(s.get("capabilities").findValuesAsText("rating")).containsExactly("P", "P", "P", "U");
        CliRun.Result table = cli.run("drill", "score", id);
        assertThat(s.get("score").asDouble()).isEqualTo(85.6);   // 100 · (2 + 0.9917 + 1 + 1 + 1 + 0) / 7
        assertThat(table.out()).contains("Score 85.6 / 100", "info-sync-travelers", "late 1 min", "unable to be performed");
    }

    @Test
    void aBadObserverLogIsRefusedWholeWithEveryLineAndField() {
        DrillRuns.Run run = DrillRuns.start(cli, file, T0);
        Path log = cli.file("observer.csv", """
                expected_id,at,actor,note
                staff-hotline,2026-07-01T01:40:00Z,eve,ok
                staff-hotline,yesterday,eve,bad time
                call-mayor,2026-07-01T01:45:00Z,eve,unknown action
                report-regulator,2026-07-01T00:10:00Z,eve,before the start
                """);
        CliRun.Result r = cli.at(at(60)).run("drill", "log", Long.toString(run.id()), "--import", log.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                log + ":3: at: 'yesterday' is not an ISO-8601 time with an offset (e.g. 2026-07-01T08:30:00+08:00)");
        Path log2 = cli.file("observer2.csv", """
                expected_id,at,actor,note
                staff-hotline,2026-07-01T01:40:00Z,eve,ok
                call-mayor,2026-07-01T01:45:00Z,eve,unknown action
                report-regulator,2026-07-01T00:10:00Z,eve,before the start
                """);
        CliRun.Result r2 = cli.at(at(60)).run("drill", "log", Long.toString(run.id()), "--import", log2.toString());
        assertThat(r2.code()).isEqualTo(2);
        assertThat(r2.err()).contains(log2 + ":3: expected_id: drill t-2026q3 expects no action 'call-mayor'",
                log2 + ":4: at: 2026-07-01T00:10:00Z is before the run started (2026-07-01T01:00:00Z)",
                "2 problems; nothing was changed.");
        JsonNode s = json(cli.run("drill", "score", Long.toString(run.id()), "-o", "json").out());
        assertThat(s.get("actions").findValuesAsText("status")).doesNotContain("on-time", "late");
        Path good = cli.file("observer3.csv", "expected_id,at,actor,note\nstaff-hotline,2026-07-01T09:40:00+08:00,eve,"
                + "called +8613800138000 and wang.wei@example.cn\n");
        CliRun.Result ok = cli.at(at(60)).run("drill", "log", Long.toString(run.id()), "--import", good.toString());
        assertThat(ok.out()).contains("logged 1 of 1");
        String report = cli.run("drill", "report", Long.toString(run.id())).out();
        assertThat(report).contains("called +86*******8000 and w***@example.cn").doesNotContain("8613800138000", "wang.wei");
        assertThat(cli.at(at(60)).run("drill", "log", Long.toString(run.id()), "--import", good.toString(), "--note", "x")
                .err()).contains("--at and --note are for one action");
        assertThat(cli.at(at(61)).run("drill", "log", Long.toString(run.id()), "--import", good.toString()).out())
                .contains("logged 0 of 1");
    }

    @Test
    void anOpeningInjectThatDoesNotFitTheDataStartsNothing() throws Exception {
        Path illness = cli.file("illness.yaml", Files.readString(Path.of("drills/2026Q4-traveler-illness.yaml"))
                .replace("BK000042", "B404"));
        CliRun.Result r = cli.at(T0).run("drill", "start", illness.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(illness + ": injects 'guide-calls': no booking 'B404' (booking of the inject)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".drill-"));
        }
        assertThat(cli.run("drill", "list", "-o", "csv").out().lines().count()).isEqualTo(1);
        Path fits = cli.file("illness-b1.yaml", Files.readString(illness).replace("B404", "B1"));
        CliRun.Result ok = cli.at(T0).run("drill", "start", fits.toString());
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("first-call *", "10 min");
    }

    @Test
    void evaluatorsOverrideARatingWithAReasonBesideTheComputedOne() {
        DrillRuns.Run run = DrillRuns.start(cli, file, T0);
        String id = Long.toString(run.id());
        CliRun.Result bad = cli.run("drill", "rate", id, "--capability", "resilience", "--rating", "X", "--reason", " ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--capability: drill t-2026q3 scores no capability 'resilience'",
                "--rating: 'X' is not P, S, M or U", "--reason: say why", "3 problems");
        assertThat(cli.run("drill", "rate", id, "--capability", "reassurance", "--rating", "m", "--reason",
                "hotline answered by a trainee alone").code()).isZero();
        JsonNode s = json(cli.run("drill", "score", id, "-o", "json").out());
        JsonNode reassurance = null;
        for (JsonNode c : s.get("capabilities")) if (c.get("capability").asText().equals("reassurance")) reassurance = c;
        assertThat(reassurance.get("rating").asText()).isEqualTo("M");
        assertThat(reassurance.get("computed_rating").asText()).isEqualTo("U");
        assertThat(reassurance.get("override_reason").asText()).isEqualTo("hotline answered by a trainee alone");
        assertThat(cli.run("drill", "score", id).out()).contains("M (computed U)", "tester: hotline answered");
    }

    @Test
    void offlineDrillScoredFromFileStartAndLogWithoutADatabase() {
        Path log = cli.file("offline.csv", """
                expected_id,at,actor,note
                report-regulator,2026-07-01T01:30:00Z,amy,phoned the bureau
                staff-hotline,2026-07-01T02:30:00Z,amy,
                """);
        CliRun.Result r = cli.raw("drill", "score", file.toString(), "--started", "2026-07-01T01:00:00Z", "--log",
                log.toString(), "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode s = json(r.out());
        assertThat(s.get("run").isNull()).isTrue();
        // report-regulator (2) on time, staff-hotline 60 min after its inject against 30: credit 0; 2 of 7 weight.
        assertThat(s.get("score").asDouble()).isEqualTo(28.6);
        assertThat(cli.raw("drill", "score", file.toString()).code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("lifeboat.db"))).isFalse();
    }

    @Test
    void showMarksInjectsThatFellDueAndHelpWorksOnEverySubcommand() {
        DrillRuns.Run run = DrillRuns.start(cli, file, T0, "--speed", "2");
        CliRun.Result show = cli.at(at(10)).run("drill", "show", Long.toString(run.id()));
        assertThat(show.out()).contains("speed ×2", "▶ warning", "  hotline-floods", "2026-07-01 01:15 +00:00", "SO FAR");
        onSandbox(cli, run, at(20), "task", "done", Long.toString(run.incident()), "report-regulator");
        CliRun.Result later = cli.at(at(70)).run("drill", "show", Long.toString(run.id()));
        assertThat(later.out().lines().filter(l -> l.startsWith("report-regulator")).findFirst().orElseThrow())
                .endsWith("done on time");
        assertThat(later.out().lines().filter(l -> l.startsWith("notify-travelers")).findFirst().orElseThrow())
                .endsWith("OVERDUE");
        assertThat(later.out().lines().filter(l -> l.startsWith("accept-realloc")).findFirst().orElseThrow())
                .endsWith("open");
        for (String sub : new String[] {"validate", "start", "log", "end", "score", "rate", "plan", "report", "trend",
            "list", "show"}) {
            CliRun.Result help = cli.raw("drill", sub, "--help");
            assertThat(help.code()).as(sub).isZero();
            assertThat(help.out()).as(sub).contains("Usage: lifeboat drill " + sub, "Examples:");
        }
        assertThat(cli.raw("drill").code()).isEqualTo(2);
        assertThat(cli.run("drill", "score", "99").err()).contains("no drill run 99");
        assertThat(cli.run("drill", "validate", cli.resource("drills/broken.yaml").toString()).code()).isEqualTo(2);
    }
}
