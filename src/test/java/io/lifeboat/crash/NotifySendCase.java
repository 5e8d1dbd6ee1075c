package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lifeboat.CliRun;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code notify send} through a real SMTP server (GreenMail), a fresh approved incident each iteration:
 * whatever the moment of death, no draft is attempted twice and no message reaches the server twice; a
 * message the server has is always covered by an attempt on record; re-running sends nothing again.
 */
final class NotifySendCase implements CrashCase, AutoCloseable {
    private final CliRun cli;
    private final String location;
    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private long incident;
    private int receivedBefore;

    NotifySendCase(CliRun cli) {
        this.cli = cli;
        mail.start();
        cli.withFixtures();
        this.location = cli.db();
    }

    private long openDraftApprove() {
        long id = FreshIncident.open(cli, location);
        assertThat(cli.raw("--db", location, "notify", "draft", Long.toString(id)).code()).isZero();
        assertThat(cli.raw("--db", location, "notify", "approve", Long.toString(id), "--all").code()).isZero();
        return id;
    }

    @Override
    public String name() {
        return "notify send";
    }

    @Override
    public String prepare(int iteration) {
        incident = openDraftApprove();
        receivedBefore = mail.getReceivedMessages().length;
        return location;
    }

    @Override
    public List<String> command() {
        return List.of("notify", "send", Long.toString(incident), "--smtp", "127.0.0.1:" + mail.getSmtp().getPort(),
                "--from", "ops@example.com");
    }

    @Override
    public void checkAfterKill(String location, String context) {
        long attempts = Invariants.count(location, "SELECT COUNT(*) FROM notification_attempt a JOIN notification n"
                + " ON n.notification_id = a.notification_id WHERE n.incident_id = " + incident);
        List<String> received = receivedThisIteration();
        assertThat(received).as(context + ": no message reaches the server twice").doesNotHaveDuplicates();
        assertThat((long) received.size()).as(context + ": every message on the server has an attempt on record")
                .isLessThanOrEqualTo(attempts);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        cli.raw("--db", location, "notify", "send", Long.toString(incident), "--smtp",
                "127.0.0.1:" + mail.getSmtp().getPort(), "--from", "ops@example.com");
        int afterFirst = receivedThisIteration().size();
        CliRun.Result again = cli.raw("--db", location, "notify", "send", Long.toString(incident), "--smtp",
                "127.0.0.1:" + mail.getSmtp().getPort(), "--from", "ops@example.com");
        assertThat(receivedThisIteration()).as(context + ": a second send sends nothing\n" + again)
                .hasSize(afterFirst);
        long emailDrafts = Invariants.count(location, "SELECT COUNT(*) FROM notification WHERE incident_id = "
                + incident + " AND channel = 'email'");
        assertThat((long) afterFirst).as(context + ": at most one message per e-mail draft")
                .isLessThanOrEqualTo(emailDrafts);
        checkAfterKill(location, context + " (after re-run)");
    }

    /** The Message-IDs of what the server received since this iteration began, in order. */
    private List<String> receivedThisIteration() {
        MimeMessage[] all = mail.getReceivedMessages();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = receivedBefore; i < all.length; i++) {
            try {
                ids.add(all[i].getMessageID() + " " + String.join(",", addresses(all[i])));
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return ids;
    }

    private static Set<String> addresses(MimeMessage m) throws MessagingException {
        Set<String> out = new HashSet<>();
        var to = m.getRecipients(Message.RecipientType.TO);
        if (to != null) for (var a : to) out.add(a.toString());
        return out;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
