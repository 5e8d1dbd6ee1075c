package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every validation rule of the playbook format, each with a small bad file under
 * src/test/resources/playbooks: exit 2 and every problem as FILE:LINE:COL: path: message, in file order.
 */
class PlaybookValidationTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
    }

    /** Validates the resource and expects exactly these problems (without the file prefix), in this order. */
    private void assertProblems(String resource, String... expected) {
        Path file = cli.resource("playbooks/" + resource);
        CliRun.Result r = cli.run("playbook", "validate", file.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).as(r.toString()).isEmpty();
        String[] lines = new String[expected.length + 1];
        for (int i = 0; i < expected.length; i++) lines[i] = file + ":" + expected[i];
        lines[expected.length] = "1 of 1 file has problems";
        assertThat(r.errLines()).as(r.toString()).containsExactly(lines);
    }

    @Test
    void minimalPlaybookIsValid() {
        Path file = cli.resource("playbooks/minimal.yaml");
        CliRun.Result r = cli.run("playbook", "validate", file.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("ok " + file + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownFieldsAreNamedWithASuggestionWhenClose() {
        assertProblems("unknown-field.yaml",
                "3:1: unknown field 'descripton' (did you mean 'description'?)",
                "4:22: match: unknown field 'colour'; expected one of scope, kinds, lead, tail, buffer_km",
                "6:5: tasks[0]: missing required field 'title'",
                "7:5: tasks[0]: unknown field 'titel' (did you mean 'title'?)",
                "12:3: notifications: unknown field 'escalateAfter' (did you mean 'escalate_after'?)");
    }

    @Test
    void wrongTypesSayWhatWasExpectedAndWhatWasFound() {
        assertProblems("wrong-types.yaml",
                "2:10: version: expected a whole number, found 'three'",
                "4:8: match: expected a mapping of fields, found 'area'",
                "7:16: priority.rules[0].in_trip: expected true or false, found 'maybe'",
                "8:12: priority.rules[0].add: expected a whole number, found 'lots'",
                "11:3: tasks: expected a list, found a mapping",
                "13:13: notifications.channels: expected a list, found 'email'",
                "18:13: notifications.templates.notice.email.en: expected a mapping of fields, found a list");
    }

    @Test
    void missingRequiredFieldsAreReportedWhereTheirMappingStarts() {
        assertProblems("missing-required.yaml",
                "1:1: missing required field 'name'",
                "4:5: tasks[0]: missing required field 'capability'",
                "4:5: tasks[0]: missing required field 'due'",
                "9:5: tasks[1].due: needs a value",
                "13:7: notifications.templates.notice: missing required field 'audience'",
                "14:13: notifications.templates.notice.email.en: missing required field 'body'");
    }

    @Test
    void durationsMustBeIsoOrFriendlyAndNotNegative() {
        assertProblems("bad-durations.yaml",
                "5:9: match.lead: '72' is not a duration (a number needs a unit); write 72h, 30m, 3d, 1h30m "
                        + "or ISO-8601 PT72H, P3D",
                "6:9: match.tail: '-PT1H' must be zero or more",
                "11:10: tasks[0].due: '3 days' is not a duration; write 72h, 30m, 3d, 1h30m or ISO-8601 PT72H, P3D",
                "15:10: tasks[1].due: 'P1M' is not a duration; write 72h, 30m, 3d, 1h30m or ISO-8601 PT72H, P3D",
                "18:19: notifications.escalate_after: '0m' must be longer than zero");
    }

    @Test
    void taskIdsAreUnique() {
        assertProblems("duplicate-task-ids.yaml", "13:9: tasks[2].id: duplicate task id 'call' (first at line 5)");
    }

    @Test
    void capabilitiesAreTheDrilledDuties() {
        assertProblems("unknown-capability.yaml",
                "7:17: tasks[0].capability: 'info-sync-traveler' is not a capability (did you mean "
                        + "'info-sync-travelers'?); expected info-sync-travelers|info-sync-suppliers|info-sync-regulator|"
                        + "reassurance|resource-allocation|other",
                "11:17: tasks[1].capability: 'prayer' is not a capability; expected info-sync-travelers|"
                        + "info-sync-suppliers|info-sync-regulator|reassurance|resource-allocation|other");
    }

    @Test
    void segmentKindsScopesAndUnitsAreClosedLists() {
        assertProblems("unknown-kinds.yaml",
                "4:10: match.scope: 'region' is not a scope; expected area|booking",
                "5:18: match.kinds[1]: 'boat' is not a segment kind; expected hotel|cruise|coach|flight|train|tour|activity",
                "20:21: reallocation.rules[0].segment_kind: 'ship' is not a segment kind; expected "
                        + "hotel|cruise|coach|flight|train|tour|activity",
                "21:22: reallocation.rules[0].supplier_kind: 'hotels' is not a segment kind (did you mean 'hotel'?); "
                        + "expected hotel|cruise|coach|flight|train|tour|activity",
                "22:14: reallocation.rules[0].units: 'beds' is not a unit; expected per_traveler|per_party|rooms");
    }

    @Test
    void localesAreBcp47AndNotRepeated() {
        assertProblems("bad-locales.yaml",
                "3:3: name: 'zh_CN' is not a BCP-47 language tag (did you mean 'zh-CN'?)",
                "5:3: name.en: duplicate locale (first at line 4)",
                "9:13: tasks[0].title: '12345' is not a BCP-47 language tag (e.g. zh-CN, en, zh-Hant)");
    }

    @Test
    void templateReferencesMustResolve() {
        assertProblems("unknown-templates.yaml",
                "9:15: tasks[0].template: unknown template 'travel-warning' (did you mean 'traveler-warning'?)",
                "14:15: tasks[1].template: unknown template 'report'; defined: traveler-warning, notice",
                "18:15: notifications.send.traveler: unknown template 'traveller-warning' (did you mean "
                        + "'traveler-warning'?)",
                "20:5: notifications.send: unknown field 'travelers' (did you mean 'traveler'?)");
    }

    @Test
    void templatesMustSuitTheirAudienceAndChannels() {
        assertProblems("audience-mismatch.yaml",
                "9:15: tasks[0].template: template 'notice' is for the supplier audience, but the task informs the "
                        + "regulator (capability info-sync-regulator)",
                "14:16: notifications.send.regulator: template 'notice' is written for the supplier audience, "
                        + "not for regulator",
                "17:17: notifications.templates.warning: a traveler template needs an sms text, because "
                        + "notifications.channels includes sms",
                "21:17: notifications.templates.notice: a supplier template needs an email text (suppliers are "
                        + "written to by e-mail)",
                "25:17: notifications.templates.report.audience: 'authority' is not an audience; expected "
                        + "traveler|supplier|regulator|booking_request");
    }

    @Test
    void mustacheSyntaxErrorsPointAtTheLineInsideALiteralBlock() {
        assertProblems("mustache-syntax.yaml",
                "16:20: notifications.templates.notice.email.en.subject: template syntax: Improperly closed variable",
                "23:13: notifications.templates.notice.email.en.body: template syntax: Mismatched start/end tags: "
                        + "segments != segment",
                "29:17: notifications.templates.partial.email.en.body: template syntax: partials and template "
                        + "inheritance are not allowed ({{>/etc/passwd}})");
    }

    @Test
    void templateVariablesMustBeOnTheAudiencesList() {
        assertProblems("unknown-variables.yaml",
                "15:19: notifications.templates.warning.sms.en: unknown variable 'lead_nam' for a traveler template "
                        + "(did you mean 'lead_name'?); see the template variables in playbooks/README.md",
                "15:39: notifications.templates.warning.sms.en: unknown variable 'grade' for a traveler template "
                        + "(it is a regulator variable); see the template variables in playbooks/README.md",
                "22:13: notifications.templates.warning.email.en.body: unknown variable 'place' for a traveler "
                        + "template; see the template variables in playbooks/README.md",
                "24:47: notifications.templates.warning.email.en.body: unknown variable 'supplier_name' for a "
                        + "traveler template (it is a supplier variable); see the template variables in "
                        + "playbooks/README.md");
    }

    @Test
    void numbersAreNotNegative() {
        assertProblems("negative-numbers.yaml",
                "2:10: version: 0 is below the minimum 1",
                "4:33: match.buffer_km: -5 is negative",
                "6:9: priority.base: -1 is negative",
                "9:12: priority.rules[0].add: -30 is negative",
                "11:28: priority.rules[1].party_size_at_least: 0 is below the minimum 1",
                "21:22: notifications.sms_segment_limit: 0 is below the minimum 1",
                "28:14: reallocation.radius_km: -10 is negative",
                "33:18: reallocation.rules[0].radius_km: -1 is negative",
                "38:15: compensation.offers[0].amount: -500 is negative");
    }

    @Test
    void textMapsNeedAtLeastOneLocaleAndText() {
        assertProblems("empty-name-maps.yaml",
                "2:7: name: is empty; give the text in at least one locale (zh-CN: ..., en: ...)",
                "6:12: tasks[0].title: is empty; give the text in at least one locale (zh-CN: ..., en: ...)",
                "11:7: tasks[1].title.en: needs a text");
    }

    @Test
    void capTriggerLevelsAreOnTheCapScalesAndMessagesOpenBookings() {
        assertProblems("cap-scale.yaml",
                "7:19: triggers.cap.min_severity: 'High' is not a CAP severity; expected "
                        + "Extreme|Severe|Moderate|Minor|Unknown",
                "8:18: triggers.cap.min_urgency: 'Soon' is not a CAP urgency; expected "
                        + "Immediate|Expected|Future|Past|Unknown",
                "10:13: triggers.messages: a traveler's message opens a playbook for that traveler's booking; use "
                        + "match.scope booking, or remove triggers.messages");
    }

    @Test
    void namesContactsChannelsOffersAndAlternativesAreChecked() {
        assertProblems("more-rules.yaml",
                "1:5: id: 'More_Rules' is not a valid name (lower-case letters, digits and '-', e.g. notify-travelers)",
                "5:10: contact.phone: '+8612345' is not a valid E.164 phone number (a '+', the country code and "
                        + "digits, e.g. +8613800138000)",
                "6:10: contact.email: 'duty-at-example' is not an e-mail address",
                "10:5: triggers.cap: a playbook with match.scope booking is opened for one booking, never by an area "
                        + "alert; remove triggers.cap or use scope area",
                "10:13: triggers.cap.events: lists no event",
                "13:7: priority.rules[0]: has no condition (needs, tier, in_trip or party_size_at_least), so it would "
                        + "apply to every booking; raise priority.base instead",
                "21:19: notifications.channels[1]: channel 'sms' is listed twice",
                "21:24: notifications.channels[2]: 'fax' is not a channel; expected sms|email",
                "29:7: compensation.offers[0]: a coupon needs an amount",
                "34:15: compensation.offers[1].amount: 100.5 has more decimals than JPY allows (0)",
                "37:11: compensation.offers[2].id: duplicate offer id 'coupon' (first at line 29)",
                "40:17: compensation.offers[2].currency: 'yuan' is not an ISO 4217 currency (e.g. CNY, HKD, USD)",
                "44:15: alternatives[0].replaces: lists no segment kind");
    }

    @Test
    void yamlSyntaxErrorsAreLocated() {
        assertProblems("yaml-syntax.yaml",
                "3:6: YAML syntax: expected ',' or '}', but got : (while parsing a flow mapping)");
    }

    @Test
    void everyFileIsCheckedAndReportedInOneRun() {
        Path good = cli.resource("playbooks/minimal.yaml");
        Path bad1 = cli.resource("playbooks/duplicate-task-ids.yaml");
        Path bad2 = cli.resource("playbooks/cap-scale.yaml");
        CliRun.Result r = cli.run("playbook", "validate", bad1.toString(), good.toString(), bad2.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEqualTo("ok " + good + "\n");
        assertThat(r.errLines()).as(r.toString()).hasSize(5)
                .startsWith(bad1 + ":13:9: tasks[2].id: duplicate task id 'call' (first at line 5)")
                .endsWith("2 of 3 files have problems");
    }

    @Test
    void aFolderStandsForItsYamlFiles() {
        cli.resource("playbooks/minimal.yaml");
        cli.file("notes.txt", "not a playbook");
        CliRun.Result r = cli.run("playbook", "validate", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("ok " + dir.resolve("minimal.yaml") + "\n");
    }

    @Test
    void missingFilesAndEmptyFilesAreProblems() {
        Path empty = cli.file("empty.yaml", "# nothing yet\n");
        CliRun.Result r = cli.run("playbook", "validate", dir.resolve("nope.yaml").toString(), empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                dir.resolve("nope.yaml") + ": no such file",
                empty + ":1:1: is empty; a playbook needs at least id, name, match, tasks and notifications",
                "2 of 2 files have problems");
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        Path gbk = dir.resolve("gbk.yaml");
        java.nio.file.Files.write(gbk, "id: x\nname: {zh-CN: 台风}\n".getBytes("GBK"));
        CliRun.Result r = cli.run("playbook", "validate", gbk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).contains(gbk + ": is not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void aliasBombIsRefusedNotExpanded() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 60; i++) {
            y.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        }
        Path bomb = cli.file("bomb.yaml", y.toString());
        CliRun.Result r = cli.run("playbook", "validate", bomb.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bomb + ":").contains("aliases");
    }

    @Test
    void validateJsonHasOneObjectPerFile() {
        Path good = cli.resource("playbooks/minimal.yaml");
        Path bad = cli.resource("playbooks/duplicate-task-ids.yaml");
        CliRun.Result r = cli.run("playbook", "validate", good.toString(), bad.toString(), "-o", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().replace(dir.toString(), "DIR")).isEqualTo("""
                [
                  {
                    "file": "DIR/minimal.yaml",
                    "ok": true,
                    "id": "minimal",
                    "problems": []
                  },
                  {
                    "file": "DIR/duplicate-task-ids.yaml",
                    "ok": false,
                    "id": "duplicate-task-ids",
                    "problems": [
                      {
                        "line": 13,
                        "column": 9,
                        "message": "tasks[2].id: duplicate task id 'call' (first at line 5)"
                      }
                    ]
                  }
                ]
                """);
    }
}
