package io.lifeboat.model;

import java.util.List;

/**
 * A party that needs a place: {@code units} rooms or seats of {@code kind}, never split across suppliers,
 * within {@code maxKm} (great circle) of (lat, lon), at a supplier with every feature in {@code requires}.
 * Higher {@code priority} is placed first.
 */
public record Demand(String bookingId, int units, SegmentKind kind, double lat, double lon, int priority,
                     List<String> requires, double maxKm) {
    public Demand {
        requires = List.copyOf(requires);
    }
}
