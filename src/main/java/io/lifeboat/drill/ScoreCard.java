package io.lifeboat.drill;

import java.util.List;

/**
 * A drill's score: 100·Σ weight·credit / Σ weight, per capability the same share with its rating, and each
 * expected action with its first evidence.
 */
public record ScoreCard(double score, List<CapabilityScore> capabilities, List<ActionScore> actions) {
    public ScoreCard {
        capabilities = List.copyOf(capabilities);
        actions = List.copyOf(actions);
    }

    /** One expected action: when its inject fell, its first evidence, latency L (drill time) and credit. */
    public record ActionScore(String id, String capability, boolean critical, double weight, long injectMs,
                              long deadlineS, Long doneMs, Long latencyMs, double credit, String status,
                              String evidence, String actor, String note) {
        public static final String ON_TIME = "on-time";
        public static final String LATE = "late";
        public static final String MISSED = "missed";

        public boolean done() {
            return doneMs != null;
        }
    }

    /**
     * A capability's score and rating; {@code rating} is the evaluator's when overridden, the computed one
     * stays in {@code computedRating}.
     */
    public record CapabilityScore(String capability, double score, String computedRating, String rating,
                                  io.lifeboat.model.DrillRating override) {
    }
}
