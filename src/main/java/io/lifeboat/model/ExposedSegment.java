package io.lifeboat.model;

import java.util.List;

/**
 * A segment that lies in an area during a window, with the booking facts a duty manager needs next
 * to it (who, how many, which tier, which special needs, how to reach them). The exposure query itself
 * does not read the contact fields (phone, email, locale: null); an incident's affected rows have them.
 */
public record ExposedSegment(
        long segmentId,
        String bookingId,
        int seq,
        SegmentKind kind,
        String supplierId,
        String place,
        String region,
        double lat,
        double lon,
        String start,
        String end,
        long startMs,
        long endMs,
        String leadName,
        int partySize,
        String tier,
        List<String> needs,
        String phone,
        String email,
        String locale) {

    public ExposedSegment {
        needs = List.copyOf(needs);
    }
}
