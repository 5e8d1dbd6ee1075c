package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.notify.BookingRequests;
import io.lifeboat.realloc.Planner;
import io.lifeboat.render.ReallocView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code realloc accept INCIDENT_ID}: accept the draft and reserve its capacity. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accept the incident's draft plan: records who accepted it and reserves its units at each",
            "supplier, so plans of other open incidents see less capacity, and drafts a booking request to each",
            "supplier from the playbook's booking_request template (approve them with 'notify approve').",
            "Accepting twice changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc accept 12", "  lifeboat --actor alice realloc accept 12"})
public final class ReallocAcceptCommand extends BaseCommand {

    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Override
    public Integer call() {
        var db = db();
        var playbook = Playbooks.catalog(env()).find(new IncidentService(db).get(incidentId).playbookId());
        Planner.Accepted a = new Planner(db).accept(incidentId, playbook, NotifyCommand.settings(env()), actor(),
                clock().instant());
        if (!a.changed()) {
            info("the plan was already accepted " + times().show(a.plan().acceptedMs()) + " by " + a.plan().acceptedBy());
        } else {
            info("accepted: " + Planner.unitsBySupplier(a.plan()).size() + " suppliers, " + a.plan().placedUnits()
                    + " units reserved");
            BookingRequests.Result r = a.requests();
            if (r.template() == null) {
                info("no booking requests drafted: playbook " + playbook.id() + " has no notifications.send."
                        + "booking_request template");
            } else {
                info("booking requests: " + r.drafted() + " drafted for approval (template " + r.template() + ")"
                        + (r.noAddress() > 0 ? "; " + r.noAddress() + " supplier(s) without an e-mail address" : ""));
            }
        }
        ReallocView.plan(out(), a.plan(), ReallocShowCommand.suppliers(db), output(), times(), style(), terminalWidth());
        next(a.changed() && a.requests().drafted() > 0
                ? "lifeboat notify list " + incidentId + "   then: lifeboat notify approve " + incidentId + " ID..."
                : "lifeboat timeline " + incidentId);
        return ExitCodes.OK;
    }
}
