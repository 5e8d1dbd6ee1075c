package io.lifeboat.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One CAP alert as read (CAP 1.1 or 1.2; the fields Lifeboat uses).
 *
 * @param source     where it was read from (file, URL, feed entry), for messages
 * @param line       the line of its {@code <alert>} element in that document
 * @param references the raw {@code references} entries, each {@code sender,identifier,sent}
 */
public record CapAlert(String source, int line, String version, String identifier, String sender, Instant sent,
                       String status, String msgType, String scope, String note, List<String> references,
                       List<CapInfo> infos) {
    public static final String ACTUAL = "Actual";
    public static final String EXERCISE = "Exercise";

    public CapAlert {
        references = List.copyOf(references);
        infos = List.copyOf(infos);
    }

    /** The natural key of an alert: {@code sender/identifier}. */
    public String key() {
        return key(sender, identifier);
    }

    public static String key(String sender, String identifier) {
        return sender + "/" + identifier;
    }

    /** The alerts this one updates or cancels, as {@code {sender, identifier}} pairs. */
    public List<String[]> referencedAlerts() {
        List<String[]> out = new ArrayList<>();
        for (String r : references) {
            String[] parts = r.split(",", -1);
            if (parts.length >= 2) out.add(new String[] {parts[0], parts[1]});
        }
        return out;
    }
}
