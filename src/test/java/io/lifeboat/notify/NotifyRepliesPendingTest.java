package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notify replies, the accounted-for share in incident show, notify pending's escalation, notify report. */
class NotifyRepliesPendingTest {
    static final String REPLIES = """
            from,received_at,text
            olivia@example.com.au,2026-07-01T10:40:00+08:00,"We need help, my son is injured"
            0061 412 345 678,2026-07-01T10:45:00+08:00,what about the flight?
            +819099999999,2026-07-01T10:50:00+08:00,ok
            CHEN.JING@example.cn,2026-07-01T11:00:00+08:00,1
            """;

    @TempDir
    Path dir;
    CliRun cli;
    long id;

    @BeforeEach
    void setUp() {
        cli = NotifyFixture.cli(dir).env("LIFEBOAT_MAIL_FROM", "duty@sunrise.example");
        id = NotifyFixture.typhoon(cli);
        run("notify", "draft", Long.toString(id));
        run("notify", "approve", Long.toString(id), "--all");
        run("notify", "export", Long.toString(id), "--format", "sms-csv", "--dir", dir.resolve("out").toString());
    }

    private CliRun.Result run(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private CliRun at(Duration afterExport) {
        return cli.at(NotifyFixture.NOW.plus(afterExport));
    }

    @Test
    void repliesAreMatchedClassifiedAndCountedOnce() {
        Path file = cli.file("replies.csv", REPLIES);
        CliRun.Result r = run("notify", "replies", Long.toString(id), file.toString());
        assertThat(r.out()).contains("imported 3 of 4 replies (0 already imported): 1 safe, 1 need help, 1 other",
                "accounted for: 50.0 % (2 of 4 bookings: 1 safe, 1 need help; 0 other, 2 no reply)");
        assertThat(r.err()).contains("1 replies come from no affected booking's phone or e-mail (" + file + " lines 4)",
                "1 booking(s) need help");
        CliRun.Result again = run("notify", "replies", Long.toString(id), file.toString());
        assertThat(again.out()).contains("imported 0 of 4 replies (3 already imported)", "50.0 %");

        String show = run("incident", "show", Long.toString(id)).out();
        assertThat(show).contains("accounted  50.0 % (2 of 4 bookings: 1 safe, 1 need help; 0 other, 2 no reply)");
        assertThat(run("incident", "show", Long.toString(id), "-o", "json").out()).contains("\"accounted_for\": {",
                "\"percent\": 50.0", "\"needs_help\": 1", "\"no_reply\": 2");
        String timeline = run("timeline", Long.toString(id), "-o", "json").out();
        assertThat(timeline).contains("\"action\": \"notify.reply\"").doesNotContain("olivia@example.com.au",
                "412345678");
    }

    @Test
    void badReplyFilesNameLineAndFieldAndChangeNothing() {
        Path bad = cli.file("bad.csv", """
                from,received_at,text
                ,2026-07-01T10:40:00+08:00,safe
                +8613800138000,yesterday,safe
                +8613800138000,2026-07-01T10:40:00,safe
                """);
        CliRun.Result r = cli.run("notify", "replies", Long.toString(id), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2: from: empty", bad + ":3: received_at: 'yesterday' is not an ISO-8601",
                bad + ":4: received_at: '2026-07-01T10:40:00' is not");
        assertThat(run("incident", "show", Long.toString(id)).out()).contains("accounted  0.0 %");
        Path noColumns = cli.file("cols.csv", "phone number,when\n+8613800138000,x\n");
        CliRun.Result cols = cli.run("notify", "replies", Long.toString(id), noColumns.toString());
        assertThat(cols.code()).isEqualTo(2);
        assertThat(cols.err()).contains(":1: from: missing column", ":1: received_at: missing column",
                ":1: text: missing column");
        assertThat(cli.run("notify", "replies", Long.toString(id), dir.resolve("nope.csv").toString()).code()).isEqualTo(2);
    }

    @Test
    void pendingEscalatesFromSmsToEmailToThePhoneCallList() {
        run("notify", "replies", Long.toString(id), cli.file("replies.csv", REPLIES).toString());
        // B1 (SMS and e-mail) and B3 (SMS only) have not answered; the SMS went out with the export.
        CliRun.Result early = at(Duration.ofMinutes(90)).run("notify", "pending", Long.toString(id));
        assertThat(early.code()).as(early.toString()).isZero();
        assertThat(early.out()).contains("Nobody is waiting");

        CliRun.Result late = at(Duration.ofHours(3)).run("notify", "pending", Long.toString(id), "-o", "csv");
        assertThat(late.code()).as("needs attention").isEqualTo(3);
        assertThat(late.out()).isEqualTo("""
                booking_id,lead_name,party_size,priority,phone,email,locale,last_channel,last_sent_at,waiting_min,next_channel\r
                B1,王伟,2,150,+86*******8000,w***@example.cn,zh-CN,sms,2026-07-01T02:00:00Z,180,email\r
                B3,佐藤 健,3,60,+81******5678,,ja,sms,2026-07-01T02:00:00Z,180,phone\r
                """);
        CliRun.Result calls = at(Duration.ofHours(3)).run("notify", "pending", Long.toString(id), "--next", "phone",
                "-o", "csv", "--reveal");
        assertThat(calls.out().lines().skip(1)).singleElement().asString().startsWith("B3,佐藤 健,3,60,+818012345678,");

        at(Duration.ofHours(3)).run("notify", "export", Long.toString(id), "--format", "eml", "--dir",
                dir.resolve("out").toString());
        CliRun.Result afterEmail = at(Duration.ofHours(4)).run("notify", "pending", Long.toString(id), "-o", "csv");
        assertThat(afterEmail.out().lines().skip(1).toList()).singleElement().asString().startsWith("B3,");
        CliRun.Result lastResort = at(Duration.ofHours(6)).run("notify", "pending", Long.toString(id), "-o", "csv");
        assertThat(lastResort.out()).contains("B1,王伟,2,150,+86*******8000,w***@example.cn,zh-CN,email,2026-07-01T05:00:00Z,"
                + "180,phone");
    }

    @Test
    void slaCheckReportsTravelersPastTheReplyDeadline() throws Exception {
        run("task", "done", Long.toString(id), "notify-travelers");
        CliRun.Result r = at(Duration.ofHours(3)).run("sla", "check", "-o", "json", "--include-drills");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        var doc = io.lifeboat.render.Json.mapper().readTree(r.out());
        java.util.List<String> replies = new java.util.ArrayList<>();
        doc.findParents("kind").forEach(n -> {
            if (n.get("kind").asText().equals("reply_overdue")) replies.add(n.get("item").asText());
        });
        // B1, B3 and B6 got the SMS with the export and have not answered; a booking never contacted is
        // not a late reply (notify pending lists it at once, the notify-travelers task covers it).
        assertThat(replies).as(r.out()).containsExactlyInAnyOrder("B1", "B3", "B6");
        CliRun.Result early = at(Duration.ofMinutes(90)).run("sla", "check", "-o", "json", "--include-drills");
        assertThat(early.out()).doesNotContain("reply_overdue");
    }

    @Test
    void regulatorReportRendersAsMarkdownAndHtml() throws Exception {
        String md = run("notify", "report", Long.toString(id)).out();
        assertThat(md).startsWith("# 旅游突发事件信息报告：Typhoon Mawar（一般）\n").contains("## 事件概况",
                "| 事件等级 | 一般 (general) |", "| 报告时限 | 2026年7月1日 11:00（UTC+08:00） |", "## 分地区",
                "| HK | 1 | 2 |", "## 已采取的措施", "- 已启动应急预案：台风应急预案", "```text\n报告单位：Sunrise Tours");
        run("task", "done", Long.toString(id), "staff-hotline", "--note", "hotline <open> & staffed");
        Path html = dir.resolve("report.html");
        CliRun.Result r = run("notify", "report", Long.toString(id), "--format", "html", "--out", html.toString());
        assertThat(r.err()).contains("wrote the regulator report to " + html);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">",
                "<h1>旅游突发事件信息报告：Typhoon Mawar（一般）</h1>", "<td>HK</td><td>1</td><td>2</td>",
                "hotline &lt;open&gt; &amp; staffed").doesNotContain("<open>");
        assertThat(run("timeline", Long.toString(id), "-o", "json").out()).contains("\"format\": \"html\"",
                "\"audience\": \"regulator\"");
        CliRun.Result bad = cli.run("notify", "report", Long.toString(id), "--format", "pdf");
        assertThat(bad.code()).isEqualTo(2);
    }
}
