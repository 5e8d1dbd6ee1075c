package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook list|show} through the real command line, with shipped and user playbooks. */
class PlaybookCommandTest {
    private static final String SHIPPED_IDS = "epidemic-lockdown rainstorm-stranding traveler-illness typhoon";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
    }

    /** A copy of the shipped typhoon playbook with another name, in a user folder. */
    private Path userTyphoon(Path folder) throws Exception {
        Files.createDirectories(folder);
        String text = CliRun.resourceText("io/lifeboat/playbooks/typhoon.yaml")
                .replace("en: Typhoon response", "en: Typhoon response (Guangzhou office)");
        return Files.writeString(folder.resolve("typhoon.yaml"), text);
    }

    @Test
    void listShowsEveryShippedPlaybookInATable() {
        CliRun.Result r = cli.run("playbook", "list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow())
                .startsWith("ID").contains("NAME", "VERSION", "SCOPE", "KINDS", "TASKS", "CAP EVENTS", "SOURCE");
        assertThat(r.out().lines().skip(1).map(l -> l.split(" ")[0]))
                .containsExactly(SHIPPED_IDS.split(" "));
        assertThat(r.out()).contains("Typhoon response", "typhoon, tropical cyclone, tropical storm +4", "booking")
                .contains("shipped\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listNamesFollowTheLocale() {
        assertThat(cli.run("playbook", "list", "--locale", "zh-CN").out()).contains("台风应急预案", "暴雨滞留应急预案");
        cli.env("LANG", "zh_TW.UTF-8");
        assertThat(cli.run("playbook", "list").out()).contains("颱風應急預案");
    }

    @Test
    void listJsonAndCsvAreStableShapes() {
        CliRun.Result json = cli.run("playbook", "list", "-o", "json");
        assertThat(json.code()).isZero();
        Golden.assertMatches("playbook-list.json", json.out());
        CliRun.Result csv = cli.run("playbook", "list", "-o", "csv");
        assertThat(csv.code()).isZero();
        Golden.assertMatches("playbook-list.csv", csv.out());
    }

    @Test
    void showJsonIsTheParsedModelWithYamlFieldNames() {
        CliRun.Result r = cli.run("playbook", "show", "typhoon", "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        Golden.assertMatches("playbook-show-typhoon.json", r.out());
        assertThat(r.out()).contains("\"escalate_after\": \"PT2H\"", "\"lead\": \"PT72H\"",
                "\"sms_segment_limit\": 3", "\"min_severity\": \"Severe\"", "\"party_size_at_least\": 5");
    }

    @Test
    void showTableSummarisesThePlanAndMasksTheContact() {
        CliRun.Result r = cli.run("playbook", "show", "typhoon");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Typhoon response  (typhoon, version 1)\n")
                .contains("Source    shipped:typhoon")
                .contains("from 72h before; until 24h after")
                .contains("PRIORITY", "needs medical", "+100", "TASKS", "report-regulator", "NOTIFICATIONS",
                        "REALLOCATION", "per_traveler", "COMPENSATION", "500 CNY", "ALTERNATIVES")
                .contains("+86******6666", "d***@lifeboat-travel.example")
                .doesNotContain("+862083336666");
        // tasks are listed by due time: the 1-hour regulator report before the 7-day follow-up
        assertThat(r.out().indexOf("report-regulator")).isLessThan(r.out().indexOf("follow-up-after-trip"));
        assertThat(cli.run("playbook", "show", "typhoon", "--reveal").out()).contains("+862083336666");
    }

    @Test
    void showTakesAFileAndReportsItsProblems() throws Exception {
        Path file = cli.resource("playbooks/minimal.yaml");
        CliRun.Result ok = cli.run("playbook", "show", file.toString(), "-o", "json");
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("\"id\": \"minimal\"", "\"source\": \"" + file + "\"",
                "\"escalate_after\": \"PT2H\"", "\"radius_km\": 50.0", "\"sms_segment_limit\": 3");
        Path bad = cli.resource("playbooks/duplicate-task-ids.yaml");
        CliRun.Result r = cli.run("playbook", "show", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(bad + ":13:9: tasks[2].id: duplicate task id 'call' (first at line 5)");
    }

    @Test
    void unknownIdIsBadInputWithASuggestion() {
        CliRun.Result r = cli.run("playbook", "show", "typhon");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown playbook 'typhon' (did you mean 'typhoon'?)")
                .contains("known: epidemic-lockdown, rainstorm-stranding, traveler-illness, typhoon");
    }

    @Test
    void showHasNoCsvForm() {
        CliRun.Result r = cli.run("playbook", "show", "typhoon", "-o", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("use -o json");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void userFolderPlaybookOverridesTheShippedOne() throws Exception {
        Path folder = dir.resolve("ops-playbooks");
        Path file = userTyphoon(folder);
        cli.env("LIFEBOAT_PLAYBOOKS", dir.resolve("missing") + ":" + folder);
        CliRun.Result list = cli.run("playbook", "list");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Typhoon response (Guangzhou office)")
                .contains(file + " (overrides shipped)");
        assertThat(list.errLines()).containsExactly("warning: playbook folder " + dir.resolve("missing")
                + " does not exist");
        CliRun.Result show = cli.run("playbook", "show", "typhoon", "-o", "json");
        assertThat(show.out()).contains("\"source\": \"" + file + "\"", "\"overrides\": \"shipped:typhoon\"");
        CliRun.Result csv = cli.run("playbook", "list", "-o", "csv");
        assertThat(csv.out()).contains("," + file + ",shipped:typhoon\r\n");
    }

    @Test
    void brokenUserPlaybookIsNamedAndNeverSilentlyReplacedByTheShippedOne() throws Exception {
        Path folder = dir.resolve("ops-playbooks");
        Path file = Files.writeString(Files.createDirectories(folder).resolve("typhoon.yaml"),
                CliRun.resourceText("io/lifeboat/playbooks/typhoon.yaml").replace("due: 2h", "due: 2 hours"));
        cli.env("LIFEBOAT_PLAYBOOKS", folder.toString());
        CliRun.Result list = cli.run("playbook", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("rainstorm-stranding").doesNotContain("typhoon ");
        assertThat(list.errLines()).containsExactly(
                "warning: " + file + " is not used: 2 problems",
                "warning: playbook 'typhoon' is unavailable until " + file + " is fixed; 'shipped:typhoon' names "
                        + "the shipped one",
                "next: lifeboat playbook validate " + file);
        CliRun.Result show = cli.run("playbook", "show", "typhoon");
        assertThat(show.code()).isEqualTo(2);
        assertThat(show.err()).contains(file + ":").contains("'2 hours' is not a duration");
        CliRun.Result shipped = cli.run("playbook", "show", "shipped:typhoon", "-o", "json");
        assertThat(shipped.code()).as(shipped.toString()).isZero();
        assertThat(shipped.out()).contains("\"source\": \"shipped:typhoon\"");
        assertThat(cli.run("playbook", "show", "shipped:typhon").err())
                .contains("unknown playbook 'shipped:typhon' (did you mean 'shipped:typhoon'?)");
    }

    @Test
    void groupWithoutSubcommandPrintsUsage() {
        CliRun.Result r = cli.run("playbook");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("list", "show", "validate");
    }
}
