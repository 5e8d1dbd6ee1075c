package io.lifeboat.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.common.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drill files: the shipped ones load; a bad one reports every problem at its line and column. */
class DrillLoaderTest {
    @TempDir
    Path dir;

    @Test
    void shippedDrillsAreValidAndCoverFourQuartersAndScenarios() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("drills"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        List<Drill> drills = files.stream().map(DrillLoader::load).toList();
        assertThat(drills).extracting(Drill::quarter).containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(drills).extracting(Drill::scenario).containsExactlyInAnyOrder("typhoon", "rainstorm-stranding",
                "epidemic-lockdown", "traveler-illness");
        for (Drill d : drills) {
            assertThat(d.playbook()).isEqualTo(d.scenario());
            assertThat(d.opening()).isPresent();
            assertThat(d.expected()).extracting(Expected::capability).contains("reassurance", "resource-allocation");
        }
        String readme = Files.readString(Path.of("drills/README.md"));
        for (String field : DrillLoader.FIELDS) assertThat(readme).as("drills/README.md documents %s", field).contains("`" + field + "`");
        for (String field : DrillLoader.EXPECTED_FIELDS) assertThat(readme).contains("`" + field + "`");
        for (String field : DrillLoader.INJECT_FIELDS) assertThat(readme).contains("`" + field + "`");
    }

    @Test
    void everyProblemOfABadFileAtItsLineAndColumn() {
        Path f = new CliRun(dir).resource("drills/broken.yaml");
        List<String> problems = DrillLoader.problems(f).stream().map(Problem::toString)
                .map(s -> s.substring(s.indexOf(".yaml:") + 6)).toList();
        assertThat(problems).containsExactly(
                "1:5: id: 'Broken Drill' is not a valid name (lower-case letters, digits and '-', e.g. notify-travelers)",
                "4:10: quarter: '2026Q5' is not a quarter; write YEAR then Q1..Q4, e.g. 2026Q3",
                "5:7: type: 'rehearsal' is not a drill type; expected tabletop|functional|full-scale",
                "8:9: injects[0].at: '10 minutes' is not a duration; write 72h, 30m, 3d, 1h30m or ISO-8601 PT72H, P3D",
                "10:11: injects[0].area: 'circle:21.9' looks like part of an area split at a comma; quote each area"
                        + " ('circle:21.9,114.3,300') or write the list one area a line",
                "12:9: injects[1].id: duplicate inject 'go' (first at line 7)",
                "14:12: injects[1].text: 'xx_YY' is not a BCP-47 language tag (did you mean 'xx-YY'?)",
                "17:17: expected[0].capability: 'reasurance' is not a capability (did you mean 'reassurance'?);"
                        + " expected info-sync-travelers|info-sync-suppliers|info-sync-regulator|reassurance"
                        + "|resource-allocation|other",
                "18:12: expected[0].after: no inject 'gone' (did you mean 'go'?); injects: go",
                "19:13: expected[0].within: '0m' must be longer than zero",
                "20:13: expected[0].weight: -1 is negative",
                "21:15: expected[0].critical: expected true or false, found 'maybe'",
                "22:15: expected[0].evidence: nothing is sent in a drill; prove notices with notify.approve or notify.export",
                "27:15: expected[1].evidence: 'task.finished' is not an audit action a drill scores from; expected"
                        + " one of manual, task.done, notify.draft, notify.approve, notify.export,"
                        + " notify.reply, realloc.plan, realloc.accept, incident.update, incident.close",
                "28:5: expected[1]: unknown field 'colour'; expected one of id, capability, after, within, weight,"
                        + " critical, evidence");
    }

    @Test
    void syntaxErrorsAndEmptyFilesAreReportedNotThrown() {
        CliRun cli = new CliRun(dir);
        assertThat(DrillLoader.problems(cli.file("syntax.yaml", "id: [unclosed\n"))).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("syntax.yaml:2:1: YAML syntax"));
        assertThat(DrillLoader.problems(cli.file("empty.yaml", ""))).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("is empty"));
        assertThat(DrillLoader.problems(dir.resolve("missing.yaml"))).singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith("missing.yaml: no such file"));
        assertThat(DrillLoader.quarterIndex("2026Q4") - DrillLoader.quarterIndex("2026Q3")).isEqualTo(1);
        assertThat(DrillLoader.quarterIndex("2027Q1") - DrillLoader.quarterIndex("2026Q4")).isEqualTo(1);
    }
}
