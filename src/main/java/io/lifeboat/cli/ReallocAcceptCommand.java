package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.realloc.Planner;
import io.lifeboat.render.ReallocView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code realloc accept INCIDENT_ID}: accept the draft and reserve its capacity. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accept the incident's draft plan: records who accepted it and reserves its units at each",
            "supplier, so plans of other open incidents see less capacity. Accepting twice changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc accept 12", "  lifeboat --actor alice realloc accept 12"})
public final class ReallocAcceptCommand extends BaseCommand {

    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Override
    public Integer call() {
        var db = db();
        Planner.Accepted a = new Planner(db).accept(incidentId, actor(), clock().instant());
        if (!a.changed()) {
            info("the plan was already accepted " + times().show(a.plan().acceptedMs()) + " by " + a.plan().acceptedBy());
        } else {
            info("accepted: " + Planner.unitsBySupplier(a.plan()).size() + " suppliers, " + a.plan().placedUnits()
                    + " units reserved");
        }
        ReallocView.plan(out(), a.plan(), ReallocShowCommand.suppliers(db), output(), times(), style(), terminalWidth());
        next("lifeboat timeline " + incidentId);
        return ExitCodes.OK;
    }
}
