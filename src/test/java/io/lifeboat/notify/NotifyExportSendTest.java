package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lifeboat.CliRun;
import io.lifeboat.store.Database;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** notify export and notify send (through GreenMail, a real SMTP server), and the drill guard. */
class NotifyExportSendTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    CliRun cli;
    long id;

    @BeforeEach
    void setUp() {
        cli = NotifyFixture.cli(dir).env("LIFEBOAT_MAIL_FROM", "duty@sunrise.example");
        id = NotifyFixture.typhoon(cli);
        run("notify", "draft", Long.toString(id));
    }

    private CliRun.Result run(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private String smtp() {
        return "127.0.0.1:" + mail.getSmtp().getPort();
    }

    private JsonNode drafts() throws Exception {
        return JSON.readTree(run("notify", "list", Long.toString(id), "-o", "json", "--reveal").out());
    }

    private long idOf(String recipientId, String channel) throws Exception {
        for (JsonNode n : drafts()) {
            if (n.get("recipient_id").asText().equals(recipientId) && n.get("channel").asText().equals(channel)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no draft " + recipientId + " " + channel);
    }

    @Test
    void unapprovedDraftsAreNeverExported() throws Exception {
        Path out = dir.resolve("outbox");
        CliRun.Result none = run("notify", "export", Long.toString(id), "--format", "sms-csv", "--dir", out.toString());
        assertThat(none.out()).contains("exported 0 approved drafts as sms-csv");
        assertThat(none.err()).contains("3 drafts were left out because they are not approved");
        assertThat(Files.readAllLines(out.resolve("incident-" + id + "-sms.csv"))).containsExactly(
                "phone,text,reference,segments,drill");

        long b1 = idOf("B1", "sms");
        run("notify", "approve", Long.toString(id), Long.toString(b1));
        CliRun.Result one = run("notify", "export", Long.toString(id), "--format", "sms-csv", "--dir", out.toString());
        assertThat(one.err()).contains("2 drafts were left out");
        String csv = Files.readString(out.resolve("incident-" + id + "-sms.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("phone,text,reference,segments,drill\r\n+8613800138000,【Sunrise Tours】王伟您好")
                .contains(",lifeboat-" + id + "-" + b1 + ",3,false").doesNotContain("+61412345678", "+818012345678");

        run("notify", "export", Long.toString(id), "--format", "json", "--dir", out.toString());
        JsonNode json = JSON.readTree(out.resolve("incident-" + id + "-notifications.json").toFile());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("id").asLong()).isEqualTo(b1);
        assertThat(json.get(0).get("recipient").asText()).isEqualTo("+8613800138000");

        run("notify", "export", Long.toString(id), "--format", "eml", "--dir", out.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".eml"))).isEmpty();
        }
        CliRun.Result bad = cli.run("notify", "export", Long.toString(id), "--format", "pdf", "--dir", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--format", "'pdf' is not one of sms-csv, eml, json");
    }

    @Test
    void emlFilesAreValidRfc5322WithEncodedUtf8Subjects() throws Exception {
        run("notify", "approve", Long.toString(id), "--all");
        Path out = dir.resolve("eml");
        CliRun.Result r = run("notify", "export", Long.toString(id), "--format", "eml", "--dir", out.toString());
        // 3 traveler e-mails and 2 suppliers; the regulator draft has no address (LIFEBOAT_REGULATOR_EMAIL unset).
        assertThat(r.out()).contains("exported 5 approved drafts as eml");
        assertThat(r.err()).contains("1 approved drafts have no address");
        Path wang = out.resolve("incident-" + id + "-" + idOf("B1", "email") + "-traveler.eml");
        String raw = Files.readString(wang, StandardCharsets.US_ASCII);
        assertThat(raw).contains("From: duty@sunrise.example", "To: wang.wei@example.cn", "Subject: =?UTF-8?",
                "Content-Type: text/plain; charset=UTF-8", "Message-ID: <lifeboat.incident-" + id + ".notification-")
                .doesNotContain("台风");
        assertThat(raw.chars().allMatch(c -> c < 128)).as("7-bit clean").isTrue();
        try (InputStream in = Files.newInputStream(wang)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(m.getSubject()).isEqualTo("台风预警：您的行程调整方案（订单 B1）");
            assertThat((String) m.getContent()).contains("王伟您好：", "调整方案：原酒店附近续住一晚");
            assertThat(m.getHeader("X-Lifeboat-Drill")).isNull();
        }
    }

    @Test
    void sendDeliversEachApprovedEmailExactlyOnceEvenWhenRunTwice() throws Exception {
        long olivia = idOf("B6", "email");
        long wang = idOf("B1", "email");
        run("notify", "approve", Long.toString(id), Long.toString(olivia), Long.toString(wang));
        CliRun.Result first = run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(first.out()).contains("sent 2 e-mails via " + smtp());
        assertThat(first.err()).contains("e-mail drafts are not approved and were not sent");
        assertThat(mail.getReceivedMessages()).hasSize(2);

        CliRun.Result second = run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(second.out()).contains("sent 0 e-mails", "(2 sent earlier, not again)");
        assertThat(mail.getReceivedMessages()).hasSize(2);

        MimeMessage received = List.of(mail.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("olivia@example.com.au");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Typhoon warning: your new itinerary (booking B6)");
        assertThat(received.getFrom()[0].toString()).isEqualTo("duty@sunrise.example");
        for (JsonNode n : drafts()) {
            boolean mine = n.get("id").asLong() == olivia || n.get("id").asLong() == wang;
            assertThat(n.get("status").asText()).isEqualTo(mine ? "sent" : "draft");
            if (mine) assertThat(n.get("send_response").asText()).startsWith("250");
        }
        assertThat(run("timeline", Long.toString(id), "-o", "json").out()).contains("\"action\": \"notify.send\"")
                .doesNotContain("olivia@example.com.au");
        assertThat(run("notify", "draft", Long.toString(id)).out()).as("sent drafts are never redrafted")
                .contains("2 already sent");
    }

    @Test
    void anInterruptedAttemptIsNeverSentAgain() throws Exception {
        long olivia = idOf("B6", "email");
        run("notify", "approve", Long.toString(id), "--all");
        // A crash after the attempt was recorded, before the server's answer was: the row stays 'attempting'.
        try (Database db = Database.open(cli.db().toString());
             PreparedStatement ps = db.connection().prepareStatement("INSERT INTO notification_attempt"
                     + " (notification_id, attempted_ms, attempted_by, outcome) VALUES (?, 0, 'crashed', 'attempting')")) {
            ps.setLong(1, olivia);
            ps.executeUpdate();
        }
        CliRun.Result r = run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(r.out()).contains("sent 4 e-mails");
        assertThat(r.err()).contains("1 draft(s) [" + olivia + "] had an attempt that never finished");
        assertThat(List.of(mail.getReceivedMessages())).hasSize(4).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("olivia@example.com.au");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(run("notify", "send", Long.toString(id), "--smtp", smtp(), "--retry-failed").out())
                .contains("sent 0 e-mails");
        assertThat(mail.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aDrillNeverSendsButExportsMarkedDrill() throws Exception {
        long drill = NotifyFixture.typhoon(cli, "--drill");
        run("notify", "draft", Long.toString(drill));
        run("notify", "approve", Long.toString(drill), "--all");
        CliRun.Result send = cli.run("notify", "send", Long.toString(drill), "--smtp", smtp());
        assertThat(send.code()).isEqualTo(2);
        assertThat(send.err()).contains("incident " + drill + " is a drill", "nothing was sent");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(run("timeline", Long.toString(drill), "-o", "json").out()).doesNotContain("notify.send");

        Path out = dir.resolve("drill");
        run("notify", "export", Long.toString(drill), "--format", "sms-csv", "--dir", out.toString());
        run("notify", "export", Long.toString(drill), "--format", "eml", "--dir", out.toString());
        assertThat(Files.readString(out.resolve("incident-" + drill + "-DRILL-sms.csv"))).contains(",true\r\n");
        try (Stream<Path> files = Files.list(out)) {
            List<Path> eml = files.filter(p -> p.toString().endsWith(".eml")).toList();
            assertThat(eml).isNotEmpty().allSatisfy(p -> assertThat(p.getFileName().toString()).contains("-DRILL-"));
            try (InputStream in = Files.newInputStream(eml.get(0))) {
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(m.getSubject()).startsWith("[DRILL] ");
                assertThat(m.getHeader("X-Lifeboat-Drill")).containsExactly("true");
            }
        }
    }

    @Test
    void sendNeedsASenderAndAReachableServer() {
        run("notify", "approve", Long.toString(id), "--all");
        cli.env("LIFEBOAT_MAIL_FROM", "");
        CliRun.Result noFrom = cli.run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(noFrom.code()).isEqualTo(2);
        assertThat(noFrom.err()).contains("--from");
        CliRun.Result badSmtp = cli.run("notify", "send", Long.toString(id), "--smtp", "nohost:x", "--from", "a@b.example");
        assertThat(badSmtp.code()).isEqualTo(2);
        assertThat(badSmtp.err()).contains("'nohost:x' is not HOST:PORT");
        CliRun.Result noPassword = cli.run("notify", "send", Long.toString(id), "--smtp", smtp(), "--from", "a@b.example",
                "--user", "duty", "--password-env", "NOT_SET_ANYWHERE");
        assertThat(noPassword.code()).isEqualTo(2);
        assertThat(noPassword.err()).contains("$NOT_SET_ANYWHERE is not set");
    }

    @Test
    void aRefusedDraftFailsWithoutLeakingTheAddressAndCanBeRetried() throws Exception {
        long olivia = idOf("B6", "email");
        run("notify", "approve", Long.toString(id), Long.toString(olivia));
        try (Database db = Database.open(cli.db().toString());
             PreparedStatement ps = db.connection().prepareStatement(
                     "UPDATE notification SET address = 'olivia brown@@example.com.au' WHERE notification_id = ?")) {
            ps.setLong(1, olivia);
            ps.executeUpdate();
        }
        CliRun.Result r = cli.run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("notification " + olivia + " failed: ").doesNotContain("brown@@example.com.au");
        assertThat(mail.getReceivedMessages()).isEmpty();
        CliRun.Result later = run("notify", "send", Long.toString(id), "--smtp", smtp());
        assertThat(later.err()).contains("1 draft(s) failed in an earlier run; retry with --retry-failed");
        CliRun.Result retry = cli.run("notify", "send", Long.toString(id), "--smtp", smtp(), "--retry-failed");
        assertThat(retry.code()).as("tried again, refused again").isEqualTo(1);
        assertThat(retry.err()).contains("notification " + olivia + " failed: ");
    }
}
