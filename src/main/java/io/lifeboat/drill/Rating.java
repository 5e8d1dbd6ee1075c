package io.lifeboat.drill;

import java.util.List;

/**
 * HSEEP's performance ratings: P performed without challenges, S with some challenges, M with major
 * challenges, U unable to be performed.
 */
public final class Rating {
    public static final String P = "P";
    public static final String S = "S";
    public static final String M = "M";
    public static final String U = "U";
    public static final List<String> ALL = List.of(P, S, M, U);

    private Rating() {
    }

    /**
     * The rating of a capability's score: P at {@code performed} or more with no critical action late or
     * missed, S at {@code someChallenges}, M at {@code majorChallenges}, else U; a missed critical action
     * caps the rating at M.
     */
    public static String of(double score, boolean criticalLateOrMissed, boolean criticalMissed, Scoring s) {
        String r;
        if (score >= s.performed() && !criticalLateOrMissed) r = P;
        else if (score >= s.someChallenges()) r = S;
        else if (score >= s.majorChallenges()) r = M;
        else r = U;
        if (criticalMissed && rank(r) < rank(M)) r = M;
        return r;
    }

    /** 0 for P up to 3 for U. */
    public static int rank(String rating) {
        return ALL.indexOf(rating);
    }

    public static String describe(String rating) {
        return switch (rating) {
            case P -> "performed without challenges";
            case S -> "performed with some challenges";
            case M -> "performed with major challenges";
            default -> "unable to be performed";
        };
    }
}
