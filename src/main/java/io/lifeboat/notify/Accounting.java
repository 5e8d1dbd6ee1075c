package io.lifeboat.notify;

import io.lifeboat.model.Reply;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who of an incident's affected bookings has answered, and how. A booking's state is its latest reply that says
 * {@code safe} or {@code needs-help}; a booking whose replies say neither is {@code other}; without any reply it
 * is {@code no-reply}. Accounted for: the bookings whose state is known ({@code safe} or {@code needs-help}).
 */
public record Accounting(int bookings, int safe, int needsHelp, int other, int noReply, Map<String, String> byBooking) {

    public static Accounting of(Collection<String> affectedBookings, List<Reply> repliesOldestFirst) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String b : affectedBookings) state.put(b, Reply.NO_REPLY);
        for (Reply r : repliesOldestFirst) {
            String now = state.get(r.bookingId());
            if (now == null) continue;
            if (Reply.OTHER.equals(r.classification())) {
                if (Reply.NO_REPLY.equals(now)) state.put(r.bookingId(), Reply.OTHER);
            } else {
                state.put(r.bookingId(), r.classification());
            }
        }
        int safe = 0;
        int help = 0;
        int other = 0;
        int none = 0;
        for (String s : state.values()) {
            switch (s) {
                case Reply.SAFE -> safe++;
                case Reply.NEEDS_HELP -> help++;
                case Reply.OTHER -> other++;
                default -> none++;
            }
        }
        return new Accounting(state.size(), safe, help, other, none, state);
    }

    public int accountedFor() {
        return safe + needsHelp;
    }

    /** Accounted-for bookings in percent of the affected, one decimal; 0 when nothing is affected. */
    public double percent() {
        return bookings == 0 ? 0 : Math.round(accountedFor() * 1000.0 / bookings) / 10.0;
    }

    /** The JSON shape shown by {@code incident show} and {@code notify replies}. */
    public Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("percent", percent());
        m.put("bookings", bookings);
        m.put("accounted_for", accountedFor());
        m.put("safe", safe);
        m.put("needs_help", needsHelp);
        m.put("other", other);
        m.put("no_reply", noReply);
        return m;
    }

    /** One line for people: "62.5 % (5 of 8 bookings: 4 safe, 1 needs help; 1 other, 2 no reply)". */
    public String line() {
        return percent() + " % (" + accountedFor() + " of " + bookings + " bookings: " + safe + " safe, " + needsHelp
                + " need help; " + other + " other, " + noReply + " no reply)";
    }
}
