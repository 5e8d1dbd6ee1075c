package io.lifeboat.render;

import io.lifeboat.notify.Pending;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code notify pending}: JSON and CSV fields {@code booking_id, lead_name, party_size, priority, phone, email,
 * locale, last_channel, last_sent_at, waiting_min, next_channel}; addresses masked unless revealed.
 */
public final class PendingView {
    public static final List<String> FIELDS = List.of("booking_id", "lead_name", "party_size", "priority", "phone",
            "email", "locale", "last_channel", "last_sent_at", "waiting_min", "next_channel");

    private PendingView() {
    }

    public static Map<String, Object> object(Pending.Row r, boolean reveal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("booking_id", r.bookingId());
        m.put("lead_name", r.leadName());
        m.put("party_size", r.partySize());
        m.put("priority", r.priority());
        m.put("phone", r.phone() == null ? null : reveal ? r.phone() : Mask.phone(r.phone()));
        m.put("email", r.email() == null ? null : reveal ? r.email() : Mask.email(r.email()));
        m.put("locale", r.locale());
        m.put("last_channel", r.lastChannel());
        m.put("last_sent_at", Times.iso(r.lastAtMs()));
        m.put("waiting_min", r.waitingMs() / 60_000);
        m.put("next_channel", r.nextChannel());
        return m;
    }

    public static void print(PrintWriter out, List<Pending.Row> rows, OutputFormat format, boolean reveal, Times times,
                             Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, rows.stream().map(r -> object(r, reveal)).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, FIELDS)) {
                    for (Pending.Row r : rows) csv.row(new java.util.ArrayList<>(object(r, reveal).values()));
                }
            }
            default -> {
                if (rows.isEmpty()) {
                    out.println("Nobody is waiting: every affected traveler has answered or is within the reply time.");
                    out.flush();
                    return;
                }
                Table t = new Table(Table.Column.fixed("BOOKING"), Table.Column.left("LEAD"), Table.Column.right("PAX"),
                        Table.Column.right("PRIO"), Table.Column.fixed("PHONE"), Table.Column.fixed("EMAIL"),
                        Table.Column.fixed("LAST"), Table.Column.fixed("SENT"), Table.Column.fixed("NEXT"));
                for (Pending.Row r : rows) {
                    Map<String, Object> m = object(r, reveal);
                    t.row(r.bookingId(), r.leadName(), r.partySize(), r.priority(), m.get("phone"), m.get("email"),
                            r.lastChannel() == null ? "never" : r.lastChannel(), times.show(r.lastAtMs()),
                            style.bold(r.nextChannel()));
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }
}
