package io.lifeboat.model;

import java.util.List;

/**
 * An incident as stored: what opened it (playbook, area, window or booking), its state, the counts
 * the duty manager set, its grade under the regulator profile and when the report is due.
 * Times are epoch milliseconds; {@code version} increases with every change (optimistic locking).
 */
public record Incident(
        long id,
        String title,
        String playbookId,
        int playbookVersion,
        String playbookSource,
        String scope,
        String status,
        boolean drill,
        List<String> areas,
        Long windowFromMs,
        Long windowUntilMs,
        String bookingId,
        String matchKey,
        boolean forced,
        String source,
        long openedMs,
        String openedBy,
        Long closedMs,
        String closedBy,
        String closeReason,
        int deaths,
        int injured,
        Integer stranded,
        String regulatorId,
        String grade,
        Long reportDueMs,
        int version) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public Incident {
        areas = List.copyOf(areas);
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
