package io.lifeboat.incident;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.Incident;

/**
 * Nothing is sent from a drill incident: every path that would reach a traveler, a supplier or a regulator
 * calls {@link #refuseSending} first. Drafting, approving and exporting stay allowed (they are what a drill
 * scores); sending is not.
 */
public final class DrillGuard {
    private DrillGuard() {
    }

    /** Throws (exit 2) when {@code incident} is a drill; {@code what} names what would have been sent. */
    public static void refuseSending(Incident incident, String what) {
        if (incident.drill()) {
            throw new InvalidInputException(Problem.general("incident " + incident.id(), "is a drill incident: "
                    + what + " is not sent in a drill (nothing is); approve or export it to prove the step"));
        }
    }
}
