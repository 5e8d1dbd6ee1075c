package io.lifeboat.model;

import java.util.List;
import java.util.Map;

/**
 * A booking an incident affects, with its triage: the priority (higher first) and the reasons,
 * each reason a text per locale.
 */
public record AffectedBooking(String bookingId, int travelers, int priority, List<Map<String, String>> reasons,
                              boolean inTrip, String status) {
    public static final String AFFECTED = "affected";
    /** After an alert update shrank the area or window. */
    public static final String NO_LONGER = "no-longer-affected";

    public AffectedBooking {
        reasons = List.copyOf(reasons);
    }
}
