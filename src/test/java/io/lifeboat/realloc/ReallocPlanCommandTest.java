package io.lifeboat.realloc;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code realloc plan|show|accept} on incidents opened from the shipped typhoon playbook, via the CLI. */
class ReallocPlanCommandTest {
    static final String FROM = "2026-07-02T00:00:00+08:00";
    static final String UNTIL = "2026-07-04T00:00:00+08:00";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir).env("TZ", "Asia/Hong_Kong").at(Instant.parse("2026-07-02T02:00:00Z"));
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/realloc/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
    }

    private long open(String area) {
        CliRun.Result r = cli.run("incident", "open", "--playbook", "typhoon", "--area", area, "--from", FROM,
                "--until", UNTIL, "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        var m = java.util.regex.Pattern.compile("\"id\": (\\d+)").matcher(r.out());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void planShowsPerSupplierAndPerPartyWithReasons() {
        long id = open("circle:22.3,114.17,40");
        CliRun.Result plan = cli.run("realloc", "plan", Long.toString(id));
        assertThat(plan.code()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("Reallocation plan for incident " + id, "draft", "Per supplier", "Per party",
                "Harbour View Standby Hotel", "Kowloon Garden Hotel", "required feature missing: medical-staff");
        assertThat(plan.err()).contains("next: lifeboat realloc accept " + id);
        CliRun.Result json = cli.run("realloc", "show", Long.toString(id), "-o", "json");
        assertThat(json.code()).as(json.toString()).isZero();
        Golden.assertMatches("realloc-show.json", json.out());
        // rooms: one per two travelers; wheelchair → wheelchair, infant → family, medical → medical-staff
        assertThat(json.out()).contains("\"placed_units\": 8", "\"unplaced_parties\": 1", "\"status\": \"draft\"");
        Golden.assertMatches("realloc-show.csv", cli.run("realloc", "show", Long.toString(id), "-o", "csv").out());
        // the flight segment has no rule in the typhoon playbook: it is not part of the plan
        assertThat(json.out()).doesNotContain("\"kind\": \"flight\"");
    }

    @Test
    void replanningIsANoOpWhenNothingChanged() {
        long id = open("circle:22.3,114.17,40");
        assertThat(cli.run("realloc", "plan", Long.toString(id)).code()).isZero();
        CliRun.Result again = cli.run("realloc", "plan", Long.toString(id));
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("the draft plan is unchanged");
        assertThat(timeline(id)).containsOnlyOnce("realloc.plan").contains("\"placed\": 4", "\"unplaced\": 1",
                "\"total_cost\": \"3600.00\"");
    }

    @Test
    void acceptDraftsABookingRequestToEachSupplierForApproval() {
        long id = open("circle:22.3,114.17,40");
        String incident = Long.toString(id);
        assertThat(cli.run("realloc", "plan", incident).code()).isZero();
        CliRun.Result accepted = cli.run("--actor", "alice", "realloc", "accept", incident);
        assertThat(accepted.code()).as(accepted.toString()).isZero();
        // H1 has an e-mail address (zh-HK: the Traditional Chinese text); H2 has none
        assertThat(accepted.err()).contains("booking requests: 1 drafted for approval (template booking-request);"
                + " 1 supplier(s) without an e-mail address", "next: lifeboat notify list " + id);
        CliRun.Result list = cli.run("notify", "list", incident, "-o", "json", "--reveal");
        assertThat(list.code()).as(list.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode drafts;
        try {
            drafts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(list.out(), e);
        }
        var requests = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        drafts.forEach(n -> {
            if (n.get("audience").asText().equals("booking_request")) requests.add(n);
        });
        assertThat(requests).hasSize(1);
        var h1 = requests.get(0);
        assertThat(h1.get("recipient").asText()).isEqualTo("desk@h1.example.hk");
        assertThat(h1.get("channel").asText()).isEqualTo("email");
        assertThat(h1.get("locale").asText()).isEqualTo("zh-Hant");
        assertThat(h1.get("status").asText()).isEqualTo("draft");
        assertThat(h1.get("subject").asText()).contains("預訂請求", "事件 " + id);
        assertThat(h1.get("body").asText()).contains("Harbour View Standby Hotel（H1）", "K1　陈美玲　2人　1個酒店單位", "K2　Li Ming　4人　2個酒店單位",
                "特殊需要：wheelchair", "合計 3 個單位，1500.00 CNY", "確認人 alice");
        // accepting again drafts nothing more; re-drafting the incident's notices leaves the request alone
        assertThat(cli.run("realloc", "accept", incident).err()).contains("already accepted").doesNotContain("booking requests");
        assertThat(cli.run("notify", "draft", incident).code()).isZero();
        CliRun.Result after = cli.run("notify", "list", incident, "-o", "json");
        assertThat(after.out().split("\"booking_request\"", -1)).hasSize(2);
        assertThat(timeline(id)).contains("\"booking_requests\": 1");
        // approved like any notification, then exported as an e-mail file
        long requestId = h1.get("id").asLong();
        assertThat(cli.run("notify", "approve", incident, Long.toString(requestId)).code()).isZero();
        CliRun.Result export = cli.run("notify", "export", incident, "--format", "eml", "--from", "ops@lifeboat.example", "--dir",
                dir.resolve("out").toString());
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(dir.resolve("out").toFile().list()).hasSize(1);
    }

    @Test
    void acceptReservesCapacitySoASecondIncidentSeesLess() {
        long first = open("circle:22.3,114.17,40");
        long second = open("circle:22.3,114.17,60");
        assertThat(cli.run("realloc", "plan", Long.toString(first)).code()).isZero();
        CliRun.Result accepted = cli.run("--actor", "alice", "realloc", "accept", Long.toString(first), "-o", "json");
        assertThat(accepted.code()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("\"status\": \"accepted\"", "\"accepted_by\": \"alice\"");
        assertThat(accepted.err()).contains("accepted: 2 suppliers, 8 units reserved");

        CliRun.Result again = cli.run("realloc", "accept", Long.toString(first));
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already accepted");
        assertThat(timeline(first)).containsOnlyOnce("realloc.accept").contains("\"placed\": 4", "\"suppliers\": 2",
                "\"total_cost\": \"3600.00\"", "\"actor\": \"alice\"");

        // capacity left: H1 4 + H2 5 = 9 rooms, 8 reserved by the first incident's plan
        CliRun.Result second1 = cli.run("realloc", "plan", Long.toString(second), "-o", "json");
        assertThat(second1.code()).as(second1.toString()).isZero();
        assertThat(second1.out()).contains("\"placed_units\": 1", "\"unplaced_parties\": 4",
                "needs 2 units; the suitable suppliers have at most 1 left (taken by accepted plans of other open incidents)");
        assertThat(cli.run("realloc", "accept", Long.toString(second)).code()).isZero();

        // a third plan for the first incident's area sees nothing left, while both plans stand
        long third = open("circle:22.3,114.17,70");
        CliRun.Result third1 = cli.run("realloc", "plan", Long.toString(third), "-o", "json");
        assertThat(third1.out()).contains("\"placed_units\": 0");
        // closing an incident releases what its plan reserved
        assertThat(cli.run("incident", "close", Long.toString(first), "--reason", "all re-housed").code()).isZero();
        CliRun.Result third2 = cli.run("realloc", "plan", Long.toString(third), "-o", "json");
        assertThat(third2.out()).contains("\"placed_units\": 8");
        // re-planning an accepted plan changes nothing
        CliRun.Result replan = cli.run("realloc", "plan", Long.toString(second));
        assertThat(replan.err()).contains("already has an accepted plan");
    }

    @Test
    void acceptRefusesAPlanWhoseCapacityWasTakenMeanwhile() {
        long first = open("circle:22.3,114.17,40");
        long second = open("circle:22.3,114.17,60");
        assertThat(cli.run("realloc", "plan", Long.toString(first)).code()).isZero();
        assertThat(cli.run("realloc", "plan", Long.toString(second)).code()).isZero();
        assertThat(cli.run("realloc", "accept", Long.toString(second)).code()).isZero();
        CliRun.Result late = cli.run("realloc", "accept", Long.toString(first));
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("units left, the plan needs", "run 'lifeboat realloc plan " + first + "' again");
        assertThat(timeline(first)).doesNotContain("realloc.accept");
    }

    @Test
    void showWithoutPlanAndUnknownIncidentSayWhatToDo() {
        long id = open("circle:22.3,114.17,40");
        CliRun.Result none = cli.run("realloc", "show", Long.toString(id));
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("has no reallocation plan yet; make one with 'lifeboat realloc plan " + id + "'");
        assertThat(cli.run("realloc", "plan", "999").code()).isEqualTo(2);
        assertThat(cli.run("realloc", "accept", Long.toString(id)).code()).isEqualTo(2);
    }

    private String timeline(long id) {
        CliRun.Result r = cli.run("timeline", Long.toString(id), "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        return r.out();
    }
}
