package io.lifeboat.playbook;

import io.lifeboat.model.SegmentKind;
import java.util.Map;

/**
 * For affected segments of {@code segmentKind}, find a {@code supplierKind} supplier.
 *
 * @param units    {@code per_traveler} (seats), {@code per_party} (one unit), or {@code rooms}
 *                 (one room per two travelers, rounded up)
 * @param radiusKm overrides the section's radius when set (> 0)
 * @param note     what this replacement is, per locale (e.g. "port-city cultural day instead of the sea day")
 */
public record ReallocationRule(SegmentKind segmentKind, SegmentKind supplierKind, String units, double radiusKm,
                               Map<String, String> note) {
    public static final String PER_TRAVELER = "per_traveler";
    public static final String PER_PARTY = "per_party";
    public static final String ROOMS = "rooms";

    public ReallocationRule {
        note = note == null ? Map.of() : Map.copyOf(note);
    }

    /** Units a party of {@code travelers} needs under this rule. */
    public int unitsFor(int travelers) {
        return switch (units) {
            case PER_PARTY -> 1;
            case ROOMS -> (travelers + 1) / 2;
            default -> travelers;
        };
    }
}
