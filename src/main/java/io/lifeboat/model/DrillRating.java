package io.lifeboat.model;

/** An evaluator's rating of a capability in a run, kept beside the computed one, with the reason. */
public record DrillRating(long runId, String capability, String rating, String reason, String by, long atMs) {
}
