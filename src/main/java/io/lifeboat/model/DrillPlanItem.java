package io.lifeboat.model;

/** A line of a drill's improvement plan: what to improve, for which capability, who owns it, by when. */
public record DrillPlanItem(long id, long runId, String action, String capability, String owner, long dueMs,
                            String status, Long closedMs, String closedBy) {
    public static final String OPEN = "open";
    public static final String DONE = "done";

    public boolean open() {
        return OPEN.equals(status);
    }
}
