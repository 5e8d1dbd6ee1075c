package io.lifeboat.notify;

import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.model.Reply;
import io.lifeboat.playbook.Notifications;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Travelers who have not answered in time, and how to reach them next. The playbook's traveler channels are
 * tried in order (e.g. SMS, then e-mail), each given {@code escalate_after} to bring a reply; after the last
 * one comes the call team ({@code phone}). A channel counts as used when its draft was sent or exported to the
 * gateway. A booking never contacted at all is pending at once, on its first channel.
 */
public final class Pending {
    public static final String PHONE_CALL = "phone";

    /**
     * One booking to chase.
     *
     * @param lastChannel the channel last used (null: never contacted), {@code lastAtMs} when
     * @param nextChannel {@code sms}, {@code email} or {@code phone} (the call team)
     */
    public record Row(String bookingId, String leadName, int partySize, int priority, String phone, String email,
                      String locale, String lastChannel, Long lastAtMs, String nextChannel, long waitingMs) {
    }

    private final NotifyService service;

    public Pending(NotifyService service) {
        this.service = service;
    }

    public List<Row> pending(long incidentId, Notifications config, long nowMs) {
        Accounting accounting = new Replies(service).accounting(incidentId);
        Map<String, Map<String, Notification>> drafts = new HashMap<>();
        for (Notification n : service.list(incidentId)) {
            if (!Notification.TRAVELER.equals(n.audience())) continue;
            drafts.computeIfAbsent(n.recipientId(), k -> new HashMap<>()).put(n.channel(), n);
        }
        Map<String, IncidentSegment> first = new LinkedHashMap<>();
        for (IncidentSegment s : new IncidentService(service.database()).affected(incidentId, false)) {
            first.putIfAbsent(s.segment().bookingId(), s);
        }
        long wait = config.escalateAfter().toMillis();
        List<Row> out = new ArrayList<>();
        for (IncidentSegment s : first.values()) {
            var seg = s.segment();
            if (!Reply.NO_REPLY.equals(accounting.byBooking().get(seg.bookingId()))) continue;
            Map<String, Notification> mine = drafts.getOrDefault(seg.bookingId(), Map.of());
            int lastIndex = -1;
            Long lastAt = null;
            List<String> channels = config.channels();
            for (int c = 0; c < channels.size(); c++) {
                Notification n = mine.get(channels.get(c));
                Long at = n == null ? null : n.sentMs() != null ? n.sentMs() : n.exportedMs();
                if (at != null) {
                    lastIndex = c;
                    lastAt = at;
                }
            }
            String next;
            if (lastIndex < 0) {
                next = channels.stream().filter(mine::containsKey).findFirst().orElse(PHONE_CALL);
            } else {
                if (nowMs - lastAt < wait) continue;
                next = PHONE_CALL;
                for (int c = lastIndex + 1; c < channels.size(); c++) {
                    if (mine.containsKey(channels.get(c))) {
                        next = channels.get(c);
                        break;
                    }
                }
            }
            out.add(new Row(seg.bookingId(), seg.leadName(), seg.partySize(), s.priority(), seg.phone(), seg.email(),
                    seg.locale(), lastIndex < 0 ? null : channels.get(lastIndex), lastAt, next,
                    lastAt == null ? 0 : nowMs - lastAt));
        }
        return out;
    }

    /** How long the playbook waits for a reply before the next channel. */
    public static Duration escalateAfter(Notifications config) {
        return config.escalateAfter();
    }
}
