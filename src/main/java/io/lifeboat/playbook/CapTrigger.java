package io.lifeboat.playbook;

import java.util.List;

/**
 * Which CAP alerts open an incident: an {@code <event>} matching one of {@code events} (case-insensitive,
 * substring match, Chinese included) with at least the given severity, urgency and certainty
 * (CAP 1.2 scales: Extreme > Severe > Moderate > Minor > Unknown; Immediate > Expected > Future > Past >
 * Unknown; Observed > Likely > Possible > Unlikely > Unknown). Null minimums accept anything.
 */
public record CapTrigger(List<String> events, String minSeverity, String minUrgency, String minCertainty) {
    public CapTrigger {
        events = List.copyOf(events);
    }
}
