package io.lifeboat.playbook;

import io.lifeboat.model.SegmentKind;
import java.time.Duration;
import java.util.List;

/**
 * Which segments an incident of this playbook affects.
 *
 * @param scope    {@code area} (an area and a window: typhoon, rainstorm, lockdown) or {@code booking}
 *                 (one traveler's booking: sudden illness, lost documents)
 * @param kinds    segment kinds that count; empty means all kinds
 * @param lead     how long before the window segments already count (travelers about to arrive)
 * @param tail     how long after the window segments still count (disruption outlasts the event)
 * @param bufferKm distance added around the area (0 = none)
 */
public record Match(String scope, List<SegmentKind> kinds, Duration lead, Duration tail, double bufferKm) {
    public static final String AREA = "area";
    public static final String BOOKING = "booking";

    public Match {
        kinds = List.copyOf(kinds);
    }
}
