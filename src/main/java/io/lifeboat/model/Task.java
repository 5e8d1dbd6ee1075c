package io.lifeboat.model;

import java.util.Map;

/** A task of an incident: what, which duty, due when, and who did it when. */
public record Task(long incidentId, String taskId, Map<String, String> title, String capability, String template,
                   long dueMs, String status, Long doneMs, String doneBy, String note) {
    public static final String OPEN = "open";
    public static final String DONE = "done";

    public Task {
        title = Map.copyOf(title);
    }

    public boolean isDone() {
        return DONE.equals(status);
    }

    public boolean overdueAt(long nowMs) {
        return !isDone() && dueMs <= nowMs;
    }
}
