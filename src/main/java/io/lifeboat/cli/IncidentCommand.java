package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.model.Incident;
import io.lifeboat.render.IncidentView;
import io.lifeboat.render.Json;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code incident list|show|update|close} (and {@code open}): the incident lifecycle. */
@Command(name = "incident",
        description = {"Open, follow and close incidents: who is affected and who first, what is due when,",
            "the grade and the regulator's report deadline."},
        synopsisSubcommandLabel = "(open | list | show | update | close)",
        subcommands = IncidentOpenCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat incident open --playbook typhoon --area circle:21.9,114.3,300 \\",
            "      --from 2026-07-03T00:00:00+08:00 --until 2026-07-05T00:00:00+08:00",
            "  lifeboat incident list",
            "  lifeboat incident show 12",
            "  lifeboat incident update 12 --injured 2 --stranded 340",
            "  lifeboat incident close 12 --reason \"typhoon signal lowered, all parties re-housed\""})
public final class IncidentCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List incidents, open ones first, with affected counts and overdue tasks.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat incident list", "  lifeboat incident list --all -o json | jq '.[].id'"})
    int list(@Option(names = "--all", description = "Include closed incidents.") boolean all) {
        var rows = new IncidentService(existingDb()).list(all, clock().instant());
        IncidentView.list(out(), rows, output(), times(), style(), terminalWidth(), env().language());
        rows.stream().filter(r -> r.incident().isOpen()).findFirst()
                .ifPresent(r -> next("lifeboat incident show " + r.incident().id()));
        return ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "One screen on an incident: affected by region, kind, need and priority; "
            + "tasks and deadlines; grade and report due.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat incident show 12", "  lifeboat incident show 12 -o json"})
    int show(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident.",
            completionCandidates = Candidates.IncidentIds.class) long id) {
        var summary = new IncidentService(existingDb()).summary(id, clock().instant());
        var accounting = new io.lifeboat.notify.Replies(new io.lifeboat.notify.NotifyService(existingDb())).accounting(id);
        IncidentView.show(out(), summary, output(), times(), style(), terminalWidth(), env().language(),
                clock().millis(), accounting.object(), accounting.line());
        if (summary.incident().isOpen()) {
            next("lifeboat affected " + id + "   (who first)   ·   lifeboat task list " + id);
        }
        return ExitCodes.OK;
    }

    @Command(name = "update", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Set what is known (deaths incl. missing, serious injuries, travelers "
            + "stranded over 24 h) and regrade.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat incident update 12 --injured 2 --stranded 340",
                "  lifeboat incident update 12 --title \"Typhoon Mawar (signal 8)\""})
    int update(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident.",
                       completionCandidates = Candidates.IncidentIds.class) long id,
               @Option(names = "--deaths", paramLabel = "N", description = "Deaths, including the missing.") Integer deaths,
               @Option(names = "--injured", paramLabel = "N", description = "Serious injuries.") Integer injured,
               @Option(names = "--stranded", paramLabel = "N", description = "Travelers stranded over 24 h.") Integer stranded,
               @Option(names = "--title", paramLabel = "TEXT", description = "A new title.") String title) {
        IncidentService service = new IncidentService(db());
        Incident current = service.get(id);
        Incident i = service.update(id, deaths, injured, stranded, title, RegulatorProfiles.find(current.regulatorId()),
                actor(), clock().instant());
        printIncident(service, i);
        next("lifeboat incident show " + id + "   ·   lifeboat timeline " + id);
        return ExitCodes.OK;
    }

    @Command(name = "close", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Close an incident, saying why.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat incident close 12 --reason \"signal lowered, all parties re-housed\""})
    int close(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident.",
                      completionCandidates = Candidates.IncidentIds.class) long id,
              @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is closed.") String reason) {
        IncidentService service = new IncidentService(db());
        boolean closed = service.close(id, reason, actor(), clock().instant());
        Incident i = service.get(id);
        if (!closed) info("incident " + id + " was already closed (" + times().show(i.closedMs()) + " by " + i.closedBy() + ")");
        printIncident(service, i);
        next("lifeboat timeline " + id + "   (what was done, by whom, when)");
        return ExitCodes.OK;
    }

    private void printIncident(IncidentService service, Incident i) {
        var row = service.list(true, clock().instant()).stream().filter(r -> r.incident().id() == i.id()).findFirst().orElseThrow();
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Map<String, Object> m = IncidentView.object(i, row.grade(), row.bookings(), row.travelers());
            Json.print(out(), m);
        } else {
            IncidentView.list(out(), java.util.List.of(row), output(), times(), style(), terminalWidth(), env().language());
        }
    }
}
