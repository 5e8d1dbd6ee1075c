package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.render.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** triage through the CLI: Chinese and English rules, service levels, --open once per message, extensions. */
class TriageCommandTest {
    @TempDir
    Path dir;
    CliRun cli;
    String messages;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir).env("TZ", "Asia/Shanghai");
        cli.withFixtures();
        messages = cli.resource("triage/messages.csv").toString();
    }

    static Map<String, JsonNode> byId(CliRun.Result r) {
        Map<String, JsonNode> out = new HashMap<>();
        try {
            for (JsonNode n : Json.mapper().readTree(r.out())) out.put(n.get("message_id").asText(), n);
        } catch (java.io.IOException e) {
            throw new AssertionError(r.toString(), e);
        }
        return out;
    }

    @Test
    void chineseAndEnglishMessagesAreClassifiedWithTheirServiceLevels() {
        CliRun.Result r = cli.run("triage", messages, "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        Map<String, JsonNode> m = byId(r);
        assertThat(m.get("M1").get("classification").asText()).isEqualTo("urgent");
        assertThat(m.get("M1").get("rule").asText()).isEqualTo("sudden-illness");
        assertThat(m.get("M1").get("respond_by").asText()).isEqualTo("2026-07-01T01:00:00Z");
        assertThat(m.get("M2").get("rule").asText()).isEqualTo("lost-documents");
        assertThat(m.get("M3").get("classification").asText()).isEqualTo("complex");
        assertThat(m.get("M3").get("respond_by").asText()).isEqualTo("2026-07-01T01:32:00Z");
        assertThat(m.get("M4").get("rule").asText()).isEqualTo("ticket-change");
        assertThat(m.get("M4").get("respond_by").asText()).isEqualTo("2026-07-01T01:03:10Z");
        assertThat(m.get("M5").get("rule").asText()).isEqualTo("hotel-full");
        assertThat(m.get("M6").get("matched").asText()).isEqualTo("chest pain");
        assertThat(m.get("M7").get("classification").asText()).isEqualTo("routine");
        assertThat(m.get("M7").get("rule").isNull()).isTrue();
        assertThat(m.get("M8").get("rule").asText()).isEqualTo("complaint");
        assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(1);
        CliRun.Result csv = cli.run("triage", messages, "-o", "csv");
        assertThat(csv.code()).as(csv.toString()).isEqualTo(3);
        assertThat(csv.out().lines().count()).isEqualTo(9);
        Golden.assertMatches("triage.csv", csv.out());
        assertThat(cli.run("triage", messages).out()).contains("MESSAGE", "sudden-illness (晕倒)",
                "fast channel: duty manager now", "expert answer within 30 min");
    }

    @Test
    void openOpensTheIllnessPlaybookOncePerMessage() {
        CliRun.Result r = cli.run("triage", messages, "--open", "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        Map<String, JsonNode> m = byId(r);
        assertThat(m.get("M1").get("playbook").asText()).isEqualTo("traveler-illness");
        long first = m.get("M1").get("incident").asLong();
        assertThat(m.get("M6").get("incident").asLong()).isNotEqualTo(first);
        assertThat(m.get("M2").get("incident").isNull()).isTrue();
        assertThat(m.get("M2").get("note").asText()).contains("no playbook");
        assertThat(m.get("M3").get("incident").isNull()).isTrue();
        CliRun.Result list = cli.run("incident", "list", "-o", "json");
        assertThat(list.out()).contains("\"source\": \"triage:M1\"", "\"source\": \"triage:M6\"", "\"booking\": \"B1\"");

        CliRun.Result again = cli.run("triage", messages, "--open", "-o", "json");
        Map<String, JsonNode> m2 = byId(again);
        assertThat(m2.get("M1").get("incident").asLong()).isEqualTo(first);
        assertThat(m2.get("M1").get("new").asBoolean()).isFalse();
        // the lost passport (no playbook) was reported by the first run: cron is not paged again for it
        assertThat(m2.get("M2").get("new").asBoolean()).isFalse();
        assertThat(m2.get("M2").get("note").asText()).contains("reported before", "fast channel");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(cli.run("incident", "list", "-o", "csv").out().lines().count()).isEqualTo(3);

        Path handled = cli.file("handled.csv", "message_id,booking_id,received_at,channel,text\n"
                + "M1,B1,2026-07-01T09:00:00+08:00,wechat,我父亲突然晕倒了\n");
        CliRun.Result quiet = cli.run("triage", handled.toString(), "--open", "-o", "json");
        assertThat(quiet.code()).as(quiet.toString()).isZero();
        assertThat(cli.run("timeline", Long.toString(first)).out()).contains("incident.open");
    }

    @Test
    void rulesAreExtendedByFilesAndTheEnvironment() {
        Path msgs = cli.file("wallet.csv", "message_id,booking_id,received_at,channel,text\n"
                + "W1,B2,2026-07-01T10:00:00+08:00,app,我的钱包丢了\nW2,B5,2026-07-01T10:00:00+08:00,app,酒店满房\n");
        CliRun.Result plain = cli.run("triage", msgs.toString(), "-o", "json");
        assertThat(byId(plain).get("W1").get("classification").asText()).isEqualTo("routine");
        String extra = cli.resource("triage/extra-rules.yaml").toString();
        CliRun.Result extended = cli.run("triage", msgs.toString(), "--rules", extra, "-o", "json");
        assertThat(byId(extended).get("W1").get("rule").asText()).isEqualTo("lost-wallet");
        assertThat(byId(extended).get("W2").get("classification").asText()).as("same id replaces").isEqualTo("complex");
        assertThat(byId(extended).get("W2").get("respond_by").asText()).as("own service level")
                .isEqualTo("2026-07-01T02:15:00Z");
        assertThat(byId(extended).get("W2").get("service_level").asText()).isEqualTo("our expert within 15 min");
        cli.env("LIFEBOAT_TRIAGE_RULES", extra);
        assertThat(byId(cli.run("triage", msgs.toString(), "-o", "json")).get("W1").get("rule").asText())
                .isEqualTo("lost-wallet");
        assertThat(cli.run("triage", "--show-rules").out()).contains("lost-wallet", "sudden-illness");
        Path bad = cli.file("bad.yaml", "rules:\n  - id: x\n    class: urgnt\n    keywords: []\n");
        CliRun.Result invalid = cli.run("triage", msgs.toString(), "--rules", bad.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("bad.yaml: rules[0].class: 'urgnt' is not urgent, complex or routine",
                "bad.yaml: rules[0].keywords: give at least one keyword");
    }

    @Test
    void badMessagesAreAllReportedAndNothingIsOpened() {
        Path bad = cli.file("bad.csv", "message_id,booking_id,received_at,channel,text\n"
                + "X1,B1,yesterday,sms,救护车\nX1,B1,2026-07-01T09:00:00+08:00,,ambulance please\n"
                + "X3,NOPE,2026-07-01T09:00:00+08:00,sms,ambulance please\n");
        CliRun.Result r = cli.run("triage", bad.toString(), "--open");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:2: received_at: 'yesterday'", "bad.csv:3: message_id: duplicate X1",
                "bad.csv:3: channel: empty");
        Path unknown = cli.file("unknown.csv", "message_id,booking_id,received_at,channel,text\n"
                + "X3,NOPE,2026-07-01T09:00:00+08:00,sms,ambulance please\n");
        CliRun.Result u = cli.run("triage", unknown.toString(), "--open");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("unknown.csv:2: booking_id: no booking 'NOPE'");
        assertThat(cli.run("incident", "list", "--all", "-o", "csv").out().lines().count()).isEqualTo(1);
        assertThat(cli.run("triage", dir.resolve("none.csv").toString()).code()).isEqualTo(2);
    }

    @Test
    void messagesCanComeOnStandardInput() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("message_id,booking_id,received_at,channel,text\n"
                    + "S1,B2,2026-07-01T10:00:00+08:00,sms,Where is the hotel?\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun.Result r = cli.run("triage", "-", "-o", "json");
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(byId(r).get("S1").get("classification").asText()).isEqualTo("routine");
        } finally {
            System.setIn(saved);
        }
    }

    /** Every keyword of the shipped rules, embedded in random surrounding text, is found with its own class. */
    @Test
    void everyShippedKeywordIsFoundInsideRandomText() {
        TriageRules rules = TriageRules.load(List.of());
        MessageTriage triage = new MessageTriage(rules);
        Random random = new Random(42);
        String[] filler = {"请问", "hello ", "今天", " the tour ", "谢谢", "... ", "\n"};
        for (TriageRules.Rule rule : rules.rules()) {
            for (String kw : rule.keywords()) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(4); i > 0; i--) text.append(filler[random.nextInt(filler.length)]);
                text.append(random.nextBoolean() ? kw.toUpperCase(java.util.Locale.ROOT) : kw);
                for (int i = random.nextInt(4); i > 0; i--) text.append(filler[random.nextInt(filler.length)]);
                var result = triage.classify(new MessageTriage.Message("R", "B", java.time.Instant.EPOCH, "sms",
                        text.toString(), 2));
                int expected = TriageRules.CLASSES.indexOf(rule.classification());
                assertThat(TriageRules.CLASSES.indexOf(result.classification())).as(kw + " in " + text)
                        .isLessThanOrEqualTo(expected);
            }
        }
    }
}
