package io.lifeboat.incident;

import io.lifeboat.model.Incident;
import io.lifeboat.model.Task;
import java.util.List;

/**
 * The result of opening: the incident, whether it already existed (nothing was created), its affected
 * counts and its tasks.
 */
public record Opened(Incident incident, boolean existing, long affectedBookings, long affectedTravelers,
                     long affectedSegments, List<Task> tasks) {
    public Opened {
        tasks = List.copyOf(tasks);
    }
}
