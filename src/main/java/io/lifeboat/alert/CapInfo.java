package io.lifeboat.alert;

import java.time.Instant;
import java.util.List;

/** One {@code <info>} block of an alert: the event in one language, its scales, times and areas. */
public record CapInfo(String language, String event, String urgency, String severity, String certainty,
                      Instant effective, Instant onset, Instant expires, String headline, String description,
                      String senderName, List<CapArea> areas) {
    public CapInfo {
        areas = List.copyOf(areas);
    }

    /** When the event starts for planning: onset, else effective, else the alert's sent time. */
    public Instant start(Instant sent) {
        return onset != null ? onset : effective != null ? effective : sent;
    }
}
