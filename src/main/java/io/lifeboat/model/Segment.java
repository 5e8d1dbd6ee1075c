package io.lifeboat.model;

import java.time.OffsetDateTime;

/**
 * One leg of a booking at one place: a hotel stay, a cruise, a coach transfer, a tour.
 * Times keep the local offset they were given in; the exposure query compares instants.
 */
public record Segment(
        String bookingId,
        int seq,
        SegmentKind kind,
        String supplierId,
        String place,
        String region,
        double lat,
        double lon,
        OffsetDateTime start,
        OffsetDateTime end) {
}
