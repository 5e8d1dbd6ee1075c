package io.lifeboat.model;

/** An observer's record that an expected action was done off the tool (a phone call, a visit), and when. */
public record DrillLogEntry(long runId, String expectedId, long atMs, String actor, String note, String source) {
}
