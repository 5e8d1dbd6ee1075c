package io.lifeboat.render;

import io.lifeboat.model.Notification;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notification drafts for people (a table; one draft in full) and for scripts (JSON: {@code id, audience,
 * recipient, channel, locale, status, sms_segments, subject, body}, then {@code recipient_id, template, edited,
 * approved_by, approved_at, exported_at, sent_at, send_response}). Addresses are masked unless revealed.
 */
public final class NotificationView {
    public static final List<String> FIELDS = List.of("id", "audience", "recipient", "channel", "locale", "status",
            "sms_segments", "subject", "body", "recipient_id", "template", "edited", "approved_by", "approved_at",
            "exported_at", "sent_at", "send_response");

    private NotificationView() {
    }

    public static Map<String, Object> object(Notification n, boolean reveal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("audience", n.audience());
        m.put("recipient", recipient(n, reveal));
        m.put("channel", n.channel());
        m.put("locale", n.locale());
        m.put("status", n.status());
        m.put("sms_segments", n.smsSegments());
        m.put("subject", n.subject());
        m.put("body", n.body());
        m.put("recipient_id", n.recipientId());
        m.put("template", n.template());
        m.put("edited", n.edited());
        m.put("approved_by", n.approvedBy());
        m.put("approved_at", Times.iso(n.approvedMs()));
        m.put("exported_at", Times.iso(n.exportedMs()));
        m.put("sent_at", Times.iso(n.sentMs()));
        m.put("send_response", n.sendResponse());
        return m;
    }

    /** The address, masked unless {@code reveal}; empty when there is none. */
    public static String recipient(Notification n, boolean reveal) {
        if (n.address() == null) return null;
        return reveal ? n.address() : Mask.address(n.address());
    }

    public static void list(PrintWriter out, List<Notification> drafts, OutputFormat format, boolean reveal, Style style,
                            int width) {
        switch (format) {
            case JSON -> Json.print(out, drafts.stream().map(n -> object(n, reveal)).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, FIELDS)) {
                    for (Notification n : drafts) csv.row(new java.util.ArrayList<>(object(n, reveal).values()));
                }
            }
            default -> {
                if (drafts.isEmpty()) {
                    out.println("No drafts. Draft them with 'lifeboat notify draft INCIDENT_ID'.");
                    out.flush();
                    return;
                }
                Table t = new Table(Table.Column.right("ID"), Table.Column.fixed("AUDIENCE"), Table.Column.fixed("FOR"),
                        Table.Column.fixed("TO"), Table.Column.fixed("CHANNEL"), Table.Column.fixed("LOCALE"),
                        Table.Column.fixed("STATUS"), Table.Column.right("SEGS"), Table.Column.left("TEXT"));
                for (Notification n : drafts) {
                    String text = n.subject() != null ? n.subject() : n.body();
                    text = text.replace('\n', ' ');
                    if (text.length() > 80) text = text.substring(0, 79) + "…";
                    t.row(n.id(), n.audience(), n.recipientId(), recipient(n, reveal), n.channel(), n.locale(),
                            status(n, style), n.smsSegments(), text);
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }

    private static String status(Notification n, Style style) {
        String s = n.status() + (n.edited() ? " (edited)" : "");
        return switch (n.status()) {
            case Notification.SENT -> style.good(s);
            case Notification.APPROVED -> s;
            default -> style.warn(s);
        };
    }

    public static void show(PrintWriter out, Notification n, OutputFormat format, boolean reveal, Times times,
                            Style style) {
        if (format != OutputFormat.TABLE) {
            Json.print(out, object(n, reveal));
            return;
        }
        out.println(style.bold("Notification " + n.id()) + "  (incident " + n.incidentId() + ", " + n.audience() + " "
                + n.recipientId() + ")");
        out.println("  to        " + (n.address() == null ? "(no address)" : recipient(n, reveal)) + " by " + n.channel()
                + ", " + n.locale());
        out.println("  status    " + status(n, style)
                + (n.approvedMs() == null ? "" : ", approved " + times.show(n.approvedMs()) + " by " + n.approvedBy())
                + (n.sentMs() == null ? "" : ", sent " + times.show(n.sentMs()) + " (" + n.sendResponse() + ")"));
        if (n.smsSegments() != null) {
            out.println("  sms       " + n.smsSegments() + " segment" + (n.smsSegments() == 1 ? "" : "s") + ", "
                    + n.body().length() + " characters");
        }
        out.println();
        if (n.subject() != null) {
            out.println("Subject: " + n.subject());
            out.println();
        }
        out.println(n.body().stripTrailing());
        out.flush();
    }
}
