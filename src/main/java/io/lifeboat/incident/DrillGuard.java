package io.lifeboat.incident;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.model.Incident;

/** A drill rehearses everything but never reaches a real traveler, supplier or regulator. */
public final class DrillGuard {
    private DrillGuard() {
    }

    /**
     * Refuses {@code what} (e.g. "send e-mail") for a drill incident.
     *
     * @throws InvalidInputException (exit 2) when the incident is a drill
     */
    public static void refuseSending(Incident incident, String what) {
        if (incident.drill()) {
            throw new InvalidInputException("incident " + incident.id() + " is a drill incident: " + what
                    + " is not sent in a drill (nothing was sent); export the drafts instead, they are marked DRILL");
        }
    }
}
