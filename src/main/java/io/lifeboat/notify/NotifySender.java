package io.lifeboat.notify;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.incident.DrillGuard;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Notification;
import io.lifeboat.store.NotificationRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends an incident's approved e-mail drafts through an SMTP server, each at most once: an attempt row is
 * committed before the SMTP conversation starts, and the draft is marked sent with the server's response after
 * it. A crash in between leaves an attempt without an outcome, which is reported and never sent again
 * automatically. Failures the server reported may be retried with {@code retryFailed}. Drills send nothing.
 */
public final class NotifySender {
    private final NotifyService service;
    private final NotificationRepository repo;
    private final Clock clock;

    public NotifySender(NotifyService service, Clock clock) {
        this.service = service;
        this.repo = service.repository();
        this.clock = clock;
    }

    /**
     * What one run did.
     *
     * @param sent         ids sent by this run
     * @param failed       id → the server's or the connection's error, for drafts that failed in this run
     * @param interrupted  ids whose earlier attempt never finished: check the mailbox before resending by hand
     * @param earlierFailures ids that failed in an earlier run (retry with --retry-failed)
     * @param unapproved   e-mail drafts left out because they are not approved
     * @param noAddress    approved e-mail drafts without an address
     * @param alreadySent  drafts sent by earlier runs
     */
    public record Result(List<Long> sent, Map<Long, String> failed, List<Long> interrupted, List<Long> earlierFailures,
                         int unapproved, int noAddress, int alreadySent) {
    }

    public Result send(long incidentId, SmtpTarget target, boolean retryFailed, String actor) {
        Incident incident = service.incident(incidentId);
        DrillGuard.refuseSending(incident, "e-mail");
        InternetAddress from = MailMessages.sender(target.from(), "--from");
        if (retryFailed) service.database().inTransaction(c -> repo.forgetFailedAttempts(incidentId));
        List<Notification> email = service.list(incidentId).stream()
                .filter(n -> Notification.EMAIL.equals(n.channel())).toList();
        Map<Long, String[]> unfinished = repo.unfinishedAttempts(incidentId);
        List<Notification> toSend = new ArrayList<>();
        int unapproved = 0;
        int noAddress = 0;
        int alreadySent = 0;
        List<Long> interrupted = new ArrayList<>();
        List<Long> earlierFailures = new ArrayList<>();
        for (Notification n : email) {
            if (n.isSent()) {
                alreadySent++;
            } else if (!n.isApproved()) {
                unapproved++;
            } else if (n.address() == null || n.address().isBlank()) {
                noAddress++;
            } else if (unfinished.containsKey(n.id())) {
                if (NotificationRepository.ATTEMPTING.equals(unfinished.get(n.id())[0])) interrupted.add(n.id());
                else earlierFailures.add(n.id());
            } else {
                toSend.add(n);
            }
        }
        List<Long> sent = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        if (!toSend.isEmpty()) {
            Session session = session(target);
            try (Transport transport = connect(session, target)) {
                for (Notification n : toSend) deliver(n, session, transport, from, incident, actor, sent, failed);
            } catch (MessagingException e) {
                throw new ExitException(ExitCodes.FAILURE, "SMTP " + target.host() + ":" + target.port() + ": "
                        + e.getMessage() + " (" + sent.size() + " sent before the error)");
            }
        }
        return new Result(sent, failed, interrupted, earlierFailures, unapproved, noAddress, alreadySent);
    }

    private void deliver(Notification n, Session session, Transport transport, InternetAddress from, Incident incident,
                         String actor, List<Long> sent, Map<Long, String> failed) {
        boolean mine = service.database().inTransaction(c -> repo.recordAttempt(n.id(), clock.millis(), actor));
        if (!mine) return;
        String outcome;
        String response;
        try {
            MimeMessage m = MailMessages.build(session, n, from, false, clock.millis());
            transport.sendMessage(m, m.getAllRecipients());
            outcome = NotificationRepository.DELIVERED;
            response = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "accepted";
            sent.add(n.id());
        } catch (MessagingException e) {
            outcome = NotificationRepository.FAILED;
            response = e.getMessage();
            failed.put(n.id(), response);
        }
        String finalOutcome = outcome;
        String finalResponse = response == null ? null : response.strip();
        service.database().inTransaction(c -> {
            repo.finishAttempt(n.id(), finalOutcome, finalResponse, clock.millis());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("audience", n.audience());
            details.put("channel", n.channel());
            details.put("count", NotificationRepository.DELIVERED.equals(finalOutcome) ? 1 : 0);
            details.put("id", n.id());
            details.put("outcome", finalOutcome);
            service.audit().record(clock.instant(), actor, "notify.send", incident.id(), details);
            return null;
        });
    }

    private static Session session(SmtpTarget t) {
        Properties p = new Properties();
        p.put("mail.smtp.host", t.host());
        p.put("mail.smtp.port", Integer.toString(t.port()));
        p.put("mail.smtp.auth", Boolean.toString(t.user() != null));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.connectiontimeout", "20000");
        p.put("mail.smtp.timeout", "60000");
        p.put("mail.smtp.writetimeout", "60000");
        return Session.getInstance(p);
    }

    private static Transport connect(Session session, SmtpTarget t) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(t.host(), t.port(), t.user(), t.password());
        return transport;
    }
}
