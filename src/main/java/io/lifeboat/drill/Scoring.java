package io.lifeboat.drill;

/**
 * How credits become ratings. Defaults (documented in drills/README.md): P at 0.9 or more with no critical
 * action late or missed, S at 0.7, M at 0.4, else U; a late action's credit falls linearly to zero over
 * {@code lateWindow} times its deadline after the deadline (1: twice the deadline gives nothing).
 */
public record Scoring(double performed, double someChallenges, double majorChallenges, double lateWindow) {
    public static final Scoring DEFAULT = new Scoring(0.9, 0.7, 0.4, 1.0);
}
