package io.lifeboat.model;

/**
 * One run of a drill: the drill file's text as started, when and how fast, the sandbox database where the
 * drill incident lives, and whether it has ended. Times are epoch milliseconds.
 */
public record DrillRun(long id, String drillId, String scenario, String quarter, String type, String playbookId,
                       String file, String definition, int speed, long startedMs, String startedBy, String sandbox,
                       long incidentId, String status, Long endedMs, String endedBy) {
    public static final String RUNNING = "running";
    public static final String ENDED = "ended";

    public boolean running() {
        return RUNNING.equals(status);
    }
}
