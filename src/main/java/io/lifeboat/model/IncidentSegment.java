package io.lifeboat.model;

import java.util.List;
import java.util.Map;

/** An affected segment of an incident with its booking's triage, as {@code affected INCIDENT_ID} lists it. */
public record IncidentSegment(ExposedSegment segment, int priority, List<Map<String, String>> reasons,
                              boolean inTrip, String status) {
    public IncidentSegment {
        reasons = List.copyOf(reasons);
    }
}
