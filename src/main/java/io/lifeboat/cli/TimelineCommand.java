package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.render.TimelineView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code timeline INCIDENT_ID}: the incident's audit trail, oldest first. */
@Command(name = "timeline", description = "Show an incident's audit trail: every change, who made it and when.",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat timeline 12", "  lifeboat timeline 12 -o json | jq '.[].action'"})
public final class TimelineCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.",
            completionCandidates = Candidates.IncidentIds.class)
    long id;

    @Override
    public Integer call() {
        TimelineView.print(out(), new IncidentService(existingDb()).timeline(id), output(), times(), style(),
                terminalWidth());
        next("lifeboat incident show " + id + "   ·   lifeboat timeline " + id + " -o json");
        return ExitCodes.OK;
    }
}
