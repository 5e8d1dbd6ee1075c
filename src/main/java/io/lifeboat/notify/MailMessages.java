package io.lifeboat.notify;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.Notification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * Builds RFC 5322 messages from e-mail drafts (Jakarta Mail): UTF-8 text, the subject encoded per RFC 2047, a
 * stable Message-ID per draft (a receiving system can spot a duplicate), and Lifeboat headers naming the
 * incident and draft. A drill's messages say so in the subject and in an {@code X-Lifeboat-Drill} header.
 */
public final class MailMessages {
    public static final String DRILL_PREFIX = "[DRILL] ";

    private MailMessages() {
    }

    /** A session that never connects anywhere, for writing .eml files. */
    public static Session offline() {
        return Session.getInstance(new Properties());
    }

    /** Checks a sender address; the problem names {@code field} (e.g. --from). */
    public static InternetAddress sender(String from, String field) {
        if (from == null || from.isBlank()) {
            throw new InvalidInputException(Problem.general(field, "give the sender's address (--from ADDR or "
                    + "LIFEBOAT_MAIL_FROM)"));
        }
        try {
            InternetAddress a = new InternetAddress(from.strip(), true);
            a.validate();
            return a;
        } catch (AddressException e) {
            throw new InvalidInputException(Problem.general(field, "'" + from + "' is not an e-mail address"));
        }
    }

    public static MimeMessage build(Session session, Notification n, InternetAddress from, boolean drill, long dateMs)
            throws MessagingException {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        String messageId = "<lifeboat.incident-" + n.incidentId() + ".notification-" + n.id() + "@" + domain + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(from);
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.address(), true));
        m.setSubject((drill ? DRILL_PREFIX : "") + n.subject(), "UTF-8");
        m.setText(n.body(), "UTF-8");
        m.setSentDate(new Date(dateMs));
        m.setHeader("X-Lifeboat-Incident", Long.toString(n.incidentId()));
        m.setHeader("X-Lifeboat-Notification", Long.toString(n.id()));
        if (drill) m.setHeader("X-Lifeboat-Drill", "true");
        m.saveChanges();
        return m;
    }
}
