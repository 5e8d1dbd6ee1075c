package io.lifeboat.exposure;

import io.lifeboat.model.ExposedSegment;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts over affected segments: bookings, travelers, and breakdowns by kind, region, need and tier. */
public record ExposureSummary(int bookings, long travelers, int segments, Map<String, Integer> byKind,
                              Map<String, Integer> byRegion, Map<String, Integer> byNeed, int vipBookings) {

    public static ExposureSummary of(List<ExposedSegment> rows) {
        Set<String> bookings = new HashSet<>();
        long travelers = 0;
        int vip = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> regions = new TreeMap<>();
        Map<String, Integer> needs = new TreeMap<>();
        for (ExposedSegment s : rows) {
            kinds.merge(s.kind().code(), 1, Integer::sum);
            if (!bookings.add(s.bookingId())) continue;
            travelers += s.partySize();
            regions.merge(s.region(), 1, Integer::sum);
            if ("vip".equals(s.tier())) vip++;
            for (String n : s.needs()) needs.merge(n, 1, Integer::sum);
        }
        return new ExposureSummary(bookings.size(), travelers, rows.size(), sorted(kinds), sorted(regions),
                sorted(needs), vip);
    }

    /** Largest first, then by name: what a reader scans for. */
    public static Map<String, Integer> sorted(Map<String, Integer> m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                        : b.getValue() - a.getValue())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
