package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Incident;
import io.lifeboat.realloc.Planner;
import io.lifeboat.render.ReallocView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code realloc plan INCIDENT_ID}: the incident's draft plan from its playbook's reallocation rules. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan where the incident's affected parties go: needs from the playbook's reallocation",
            "rules, priorities from the triage, suppliers with capacity left (minus accepted plans of other",
            "open incidents). Stored as a draft; running it again replaces the draft."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc plan 12", "  lifeboat realloc plan 12 --currency HKD -o json"})
public final class ReallocPlanCommand extends BaseCommand {

    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--currency", paramLabel = "CUR",
            description = "Use only suppliers charging in this currency (needed when they charge in several).")
    String currency;

    @Override
    public Integer call() {
        var db = db();
        Incident incident = new IncidentService(db).get(incidentId);
        var playbook = Playbooks.catalog(env()).find(incident.playbookId());
        Planner.Planned planned = new Planner(db).plan(incidentId, playbook, currency, actor(), clock().instant());
        if (planned.plan().accepted()) {
            info("incident " + incidentId + " already has an accepted plan (" + times().show(planned.plan().acceptedMs())
                    + " by " + planned.plan().acceptedBy() + "); nothing changed");
        } else if (!planned.changed()) {
            info("the draft plan is unchanged");
        }
        ReallocView.plan(out(), planned.plan(), ReallocShowCommand.suppliers(db), output(), times(), style(),
                terminalWidth());
        if (!planned.plan().accepted()) next("lifeboat realloc accept " + incidentId + "   (reserve the rooms and seats)");
        return ExitCodes.OK;
    }
}
