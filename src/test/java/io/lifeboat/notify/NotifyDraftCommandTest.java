package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import io.lifeboat.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notify draft, list, show, edit and approve through the CLI with the shipped typhoon playbook. */
class NotifyDraftCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;
    long id;

    @BeforeEach
    void setUp() {
        cli = NotifyFixture.cli(dir);
        // B4 (zh-HK, in Hong Kong) confirmed again, so that a Traditional Chinese reader is affected too.
        String bookings = CliRun.resourceText("fixtures/bookings.csv").replace("zh-HK,standard,,cancelled",
                "zh-HK,standard,,confirmed");
        assertThat(cli.run("import", "bookings", cli.file("bookings-b4.csv", bookings).toString()).code()).isZero();
        id = NotifyFixture.typhoon(cli);
    }

    private CliRun.Result run(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private List<JsonNode> drafts(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("notify", "list", Long.toString(id), "-o", "json"));
        args.addAll(List.of(extra));
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(run(args.toArray(String[]::new)).out()).forEach(out::add);
        return out;
    }

    private JsonNode draft(String recipientId, String channel) throws Exception {
        return drafts("--reveal").stream().filter(n -> n.get("recipient_id").asText().equals(recipientId)
                && n.get("channel").asText().equals(channel)).findFirst().orElseThrow();
    }

    @Test
    void draftsEveryAudienceOnEveryChannelWithAnAddress() throws Exception {
        CliRun.Result r = run("notify", "draft", Long.toString(id));
        // B1, B3, B4, B5, B6 are affected; B5 has no phone, B3 no e-mail.
        assertThat(r.out()).contains("8 traveler, 2 supplier, 1 regulator drafts (11 new, 0 updated, 0 unchanged)",
                "SMS cost: 4 messages, ");
        assertThat(r.err()).contains("skipped: 1 bookings without a phone number (traveler sms)",
                "skipped: 1 bookings without an e-mail address (traveler email)",
                "warning: 1 SMS draft needs more than 3 segments", "next: lifeboat notify list " + id);
        List<JsonNode> all = drafts();
        assertThat(all).hasSize(11);
        assertThat(all.get(0).fieldNames()).toIterable().startsWith("id", "audience", "recipient", "channel", "locale",
                "status", "sms_segments", "subject", "body");
        assertThat(all).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("draft"));
        int total = all.stream().filter(n -> n.get("channel").asText().equals("sms"))
                .mapToInt(n -> n.get("sms_segments").asInt()).sum();
        assertThat(r.out()).contains("SMS cost: 4 messages, " + total + " segments in total");
    }

    @Test
    void chineseAndEnglishBodiesFromTheShippedTemplatesWithLocaleFallback() throws Exception {
        run("notify", "draft", Long.toString(id));
        JsonNode wang = draft("B1", "sms");
        assertThat(wang.get("locale").asText()).isEqualTo("zh-CN");
        assertThat(wang.get("body").asText()).startsWith("【Sunrise Tours】王伟您好：Typhoon Mawar。您7月1日 15:00起的"
                + "Shenzhen Harbour Hotel行程将调整为：原酒店附近续住一晚。另赠500元未来出行优惠券（12个月内有效）。")
                .endsWith("24小时热线+85221234567");
        JsonNode chen = draft("B5", "email");
        assertThat(chen.get("subject").asText()).isEqualTo("台风预警：您的行程调整方案（订单 B5）");
        assertThat(chen.get("body").asText()).contains("- 7月1日 10:00 至 7月2日 23:00　Day at sea（邮轮）",
                "调整方案：港口城市文化体验日");
        JsonNode lee = draft("B4", "sms");
        assertThat(lee.get("locale").asText()).as("zh-HK reads the zh-Hant template").isEqualTo("zh-Hant");
        assertThat(lee.get("body").asText()).contains("Lee, Ka Ho您好", "行程將調整為", "24小時熱線");
        JsonNode sato = draft("B3", "sms");
        assertThat(sato.get("locale").asText()).as("ja falls back to en").isEqualTo("en");
        assertThat(sato.get("body").asText()).startsWith("Sunrise Tours: Dear 佐藤 健, Typhoon Mawar. Your trip at"
                + " Naha Harbour Hotel from 2 Jul 15:00 changes to: an indoor cultural programme");
        JsonNode olivia = draft("B6", "email");
        assertThat(olivia.get("locale").asText()).as("en-AU falls back to en").isEqualTo("en");
        assertThat(olivia.get("body").asText()).contains("Dear Olivia \"Liv\" Brown,",
                "- 2 Jul 09:00 to 2 Jul 14:00  Victoria Peak (tour)", "Reply 1 if you are safe");
        JsonNode regulator = draft("regulator", "email");
        assertThat(regulator.get("subject").asText()).isEqualTo("旅游突发事件信息报告：Typhoon Mawar（一般）");
        assertThat(regulator.get("body").asText()).contains("涉及5个订单、13名游客", "- HK：2个订单，4名游客",
                "报告时限：2026年7月1日 11:00（UTC+08:00）", "联系人：应急值班经理　电话：+862083336666");
        JsonNode supplier = draft("A-OKA-01", "email");
        assertThat(supplier.get("body").asText()).as("times in the segment's own offset (+09:00)")
                .contains("- B3  佐藤 健  3 pax  activity  Kerama snorkelling  1 Jul 09:00 to 1 Jul 16:00");
    }

    @Test
    void smsSegmentsAreCountedAndChineseCostsMore() throws Exception {
        run("notify", "draft", Long.toString(id));
        for (JsonNode n : drafts("--reveal")) {
            if (!n.get("channel").asText().equals("sms")) {
                assertThat(n.get("sms_segments").isNull()).isTrue();
                continue;
            }
            assertThat(n.get("sms_segments").asInt()).isEqualTo(SmsSegments.count(n.get("body").asText()).segments());
        }
        assertThat(draft("B3", "sms").get("sms_segments").asInt()).as("a Japanese name forces UCS-2").isEqualTo(6);
        assertThat(draft("B6", "sms").get("sms_segments").asInt()).as("plain English is GSM-7").isEqualTo(3);
    }

    @Test
    void redraftIsIdempotentAndKeepsEditsUnlessReset() throws Exception {
        run("notify", "draft", Long.toString(id));
        String timeline = run("timeline", Long.toString(id), "-o", "json").out();
        CliRun.Result again = run("notify", "draft", Long.toString(id));
        assertThat(again.out()).contains("(0 new, 0 updated, 11 unchanged)");
        assertThat(drafts()).hasSize(11);
        assertThat(run("timeline", Long.toString(id), "-o", "json").out()).as("nothing changed, nothing audited")
                .isEqualTo(timeline);

        long sms = draft("B1", "sms").get("id").asLong();
        Path editor = cli.file("editor.sh", "#!/bin/sh\nprintf '王伟您好：请留在酒店，我们会来接您。' > \"$1\"\n");
        assertThat(editor.toFile().setExecutable(true)).isTrue();
        cli.env("EDITOR", editor.toString());
        CliRun.Result edit = run("notify", "edit", Long.toString(sms));
        assertThat(edit.out()).contains("notification " + sms + " edited; it needs approval again (1 SMS segments)");
        assertThat(draft("B1", "sms").get("edited").asBoolean()).isTrue();

        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 0 updated, 10 unchanged, 1 edited kept)");
        assertThat(draft("B1", "sms").get("body").asText()).isEqualTo("王伟您好：请留在酒店，我们会来接您。");
        assertThat(run("notify", "draft", Long.toString(id), "--reset").out()).contains("(0 new, 1 updated, 10 unchanged)");
        assertThat(draft("B1", "sms").get("body").asText()).startsWith("【Sunrise Tours】王伟您好");
        assertThat(draft("B1", "sms").get("edited").asBoolean()).isFalse();
    }

    /** Runs one statement on the test database; returns the rows it changed. */
    private int sql(String statement, Object... params) throws Exception {
        try (Database db = Database.open(cli.db().toString());
             PreparedStatement ps = db.connection().prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps.executeUpdate();
        }
    }

    @Test
    void redraftRendersAgainOnlyTravelerDraftsWhoseInputsChanged() throws Exception {
        run("notify", "draft", Long.toString(id));
        // A stored text changed behind Lifeboat's back shows that an unchanged draft is not rendered again.
        long sms = draft("B6", "sms").get("id").asLong();
        assertThat(sql("UPDATE notification SET body = 'as stored' WHERE notification_id = ?", sms)).isEqualTo(1);
        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 0 updated, 11 unchanged)");
        assertThat(draft("B6", "sms").get("body").asText()).isEqualTo("as stored");

        // A changed input (the lead traveler's name) renders that booking's drafts again, and only those.
        String bookings = CliRun.resourceText("fixtures/bookings.csv").replace("zh-HK,standard,,cancelled",
                "zh-HK,standard,,confirmed").replace("Liv\"\" Brown", "Liv\"\" Browne");
        assertThat(run("import", "bookings", cli.file("bookings-renamed.csv", bookings).toString()).code()).isZero();
        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 2 updated, 9 unchanged)");
        assertThat(draft("B6", "sms").get("body").asText()).contains("Olivia \"Liv\" Browne").doesNotContain("as stored");
        assertThat(draft("B6", "email").get("body").asText()).contains("Olivia \"Liv\" Browne");

        // Drafts without a digest (stored before it existed) are rendered and compared by their text, as before,
        // and get one: the next re-draft needs no rendering.
        assertThat(sql("UPDATE notification SET input_hash = NULL")).isEqualTo(11);
        assertThat(sql("UPDATE notification SET body = 'as stored' WHERE notification_id = ?", sms)).isEqualTo(1);
        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 1 updated, 10 unchanged)");
        assertThat(draft("B6", "sms").get("body").asText()).contains("Olivia \"Liv\" Browne");
        assertThat(sql("UPDATE notification SET body = 'as stored' WHERE notification_id = ?", sms)).isEqualTo(1);
        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 0 updated, 11 unchanged)");
        assertThat(draft("B6", "sms").get("body").asText()).isEqualTo("as stored");

        // A hand edit forgets the digest: with --reset the edited draft is rendered again.
        Path editor = cli.file("editor.sh", "#!/bin/sh\nprintf 'Please stay at the hotel.' > \"$1\"\n");
        assertThat(editor.toFile().setExecutable(true)).isTrue();
        cli.env("EDITOR", editor.toString());
        run("notify", "edit", Long.toString(sms));
        assertThat(run("notify", "draft", Long.toString(id), "--reset").out()).contains("(0 new, 1 updated, 10 unchanged)");
        assertThat(draft("B6", "sms").get("body").asText()).contains("Olivia \"Liv\" Browne");
    }

    @Test
    void changedTextNeedsApprovalAgainButUnchangedKeepsIt() throws Exception {
        run("notify", "draft", Long.toString(id));
        CliRun.Result approve = run("notify", "approve", Long.toString(id), "--all", "--actor", "alice");
        assertThat(approve.out()).contains("approved 11 drafts as alice");
        assertThat(drafts()).allSatisfy(n -> {
            assertThat(n.get("status").asText()).isEqualTo("approved");
            assertThat(n.get("approved_by").asText()).isEqualTo("alice");
        });
        run("notify", "draft", Long.toString(id));
        assertThat(drafts()).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("approved"));
        cli.env("LIFEBOAT_HOTLINE", "+85229998888");
        // The hotline is in every traveler and supplier text, not in the regulator report (it names the contact).
        assertThat(run("notify", "draft", Long.toString(id)).out()).contains("(0 new, 10 updated, 1 unchanged)");
        assertThat(drafts("--audience", "traveler")).hasSize(8).allSatisfy(n -> {
            assertThat(n.get("status").asText()).isEqualTo("draft");
            assertThat(n.get("approved_by").isNull()).isTrue();
        });
        assertThat(drafts("--audience", "regulator").get(0).get("status").asText()).isEqualTo("approved");
    }

    @Test
    void approveByIdRecordsWhoAndRefusesForeignIds() throws Exception {
        run("notify", "draft", Long.toString(id));
        long a = draft("B1", "sms").get("id").asLong();
        long b = draft("B6", "email").get("id").asLong();
        assertThat(run("notify", "approve", Long.toString(id), Long.toString(a), Long.toString(b), "--actor", "bob").out())
                .contains("approved 2 drafts as bob");
        assertThat(run("notify", "approve", Long.toString(id), Long.toString(a)).out())
                .contains("approved 0 drafts", "1 already approved or sent");
        CliRun.Result bad = cli.run("notify", "approve", Long.toString(id), "999");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("notification 999 is not a draft of incident " + id);
        assertThat(cli.run("notify", "approve", Long.toString(id)).code()).as("neither --all nor ids").isEqualTo(2);
        assertThat(cli.run("notify", "approve", Long.toString(id), "--all", "1").code()).as("both").isEqualTo(2);
        String timeline = run("timeline", Long.toString(id), "-o", "json").out();
        assertThat(timeline).contains("\"action\": \"notify.approve\"", "\"actor\": \"bob\"");
    }

    @Test
    void addressesAreMaskedInTablesAndNeverInTheAuditLog() throws Exception {
        run("notify", "draft", Long.toString(id));
        String table = run("notify", "list", Long.toString(id)).out();
        assertThat(table).contains("+86*******8000", "w***@example.cn", "ID", "AUDIENCE", "SEGS")
                .doesNotContain("+8613800138000", "wang.wei@example.cn");
        assertThat(run("notify", "list", Long.toString(id), "--reveal").out()).contains("+8613800138000");
        long sms = draft("B1", "sms").get("id").asLong();
        String shown = run("notify", "show", Long.toString(sms)).out();
        assertThat(shown).contains("+86*******8000 by sms, zh-CN", "王伟您好").doesNotContain("+8613800138000");
        assertThat(run("notify", "list", Long.toString(id), "-o", "json").out()).doesNotContain("+8613800138000");
        run("notify", "approve", Long.toString(id), "--all");
        run("notify", "export", Long.toString(id), "--format", "sms-csv", "--dir", dir.resolve("out").toString());
        String audit = run("timeline", Long.toString(id), "-o", "json").out();
        assertThat(audit).contains("notify.draft", "notify.approve", "notify.export")
                .doesNotContain("+8613800138000", "13800138000", "wang.wei@example.cn", "olivia@example.com.au");
    }

    @Test
    void listJsonShapeIsStable() {
        run("notify", "draft", Long.toString(id));
        Golden.assertMatches("notify-list.json", run("notify", "list", Long.toString(id), "-o", "json",
                "--audience", "traveler").out());
        Golden.assertMatches("notify-list.csv", run("notify", "list", Long.toString(id), "-o", "csv",
                "--audience", "supplier").out());
    }

    @Test
    void closedOrUnknownIncidentsAreRefused() {
        assertThat(cli.run("notify", "draft", "99").code()).isEqualTo(2);
        run("incident", "close", Long.toString(id), "--reason", "signal lowered");
        CliRun.Result r = cli.run("notify", "draft", Long.toString(id));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("incident " + id + " is closed");
    }

    @Test
    void everyShippedPlaybookDraftsForAllThreeAudiences() throws Exception {
        List<String[]> opens = List.of(
                new String[] {"--playbook", "rainstorm-stranding", "--area", "region:CN-GD,HK", "--from",
                    "2026-07-01T00:00:00+08:00", "--until", "2026-07-04T00:00:00+08:00"},
                new String[] {"--playbook", "epidemic-lockdown", "--area", "region:CN-GD,HK", "--from",
                    "2026-07-01T00:00:00+08:00", "--until", "2026-07-04T00:00:00+08:00"},
                new String[] {"--playbook", "traveler-illness", "--booking", "B6"});
        for (String[] open : opens) {
            CliRun.Result opened = run(concat(new String[] {"incident", "open", "-o", "json"}, open));
            var m = java.util.regex.Pattern.compile("\"id\": (\\d+)").matcher(opened.out());
            assertThat(m.find()).isTrue();
            String incident = m.group(1);
            run("notify", "draft", incident);
            JsonNode all = JSON.readTree(run("notify", "list", incident, "-o", "json").out());
            List<String> audiences = new ArrayList<>();
            for (JsonNode n : all) {
                audiences.add(n.get("audience").asText());
                assertThat(n.get("body").asText()).as(open[1]).isNotBlank().doesNotContain("{{", "}}");
            }
            assertThat(audiences).as(open[1]).contains("traveler", "regulator");
        }
    }

    static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
