package io.lifeboat.drill;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the facilitator announces {@code at} a time after the drill's start. The first inject with incident
 * parameters (areas and a window relative to the start, or a booking) opens the drill incident.
 */
public record Inject(String id, Duration at, Map<String, String> text, List<String> areas, Duration from,
                     Duration until, String booking) {
    public Inject {
        text = Map.copyOf(text);
        areas = List.copyOf(areas);
    }

    public boolean opensIncident() {
        return !areas.isEmpty() || booking != null;
    }
}
