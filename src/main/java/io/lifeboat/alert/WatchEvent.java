package io.lifeboat.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What watch did with one alert: {@code opened}, {@code updated}, {@code cancelled}, {@code ignored} or
 * {@code rejected}. Updates also name the bookings that became affected and those no longer affected.
 */
public record WatchEvent(String event, String cap, Long incident, String playbook, long affectedBookings,
                         String reason, List<String> newlyAffected, List<String> noLongerAffected) {
    public static final String OPENED = "opened";
    public static final String UPDATED = "updated";
    public static final String CANCELLED = "cancelled";
    public static final String IGNORED = "ignored";
    public static final String REJECTED = "rejected";

    public WatchEvent {
        newlyAffected = List.copyOf(newlyAffected);
        noLongerAffected = List.copyOf(noLongerAffected);
    }

    static WatchEvent ignored(String cap, Long incident, String playbook, String reason) {
        return new WatchEvent(IGNORED, cap, incident, playbook, 0, reason, List.of(), List.of());
    }

    public static WatchEvent rejected(CapRead.Rejected r) {
        return new WatchEvent(REJECTED, r.cap(), null, null, 0, r.reason(), List.of(), List.of());
    }

    /** Opened, updated or cancelled: a person should look. */
    public boolean needsAttention() {
        return event.equals(OPENED) || event.equals(UPDATED) || event.equals(CANCELLED);
    }

    /** The JSON line of {@code watch -o json}, fields in the documented order. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.put("cap", cap);
        m.put("incident", incident);
        m.put("playbook", playbook);
        m.put("affected_bookings", affectedBookings);
        m.put("reason", reason);
        m.put("newly_affected", newlyAffected);
        m.put("no_longer_affected", noLongerAffected);
        return m;
    }
}
