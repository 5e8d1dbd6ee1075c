package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.OpenRequest;
import io.lifeboat.incident.Opened;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.model.Incident;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.render.IncidentView;
import io.lifeboat.render.Json;
import io.lifeboat.render.OutputFormat;
import io.lifeboat.render.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code incident open}: an incident from a playbook, over an area and window or for one booking. */
@Command(name = "open",
        description = {"Open an incident from a playbook: who is affected (the playbook's kinds and buffers), who",
            "first (its priority rules), the tasks with their deadlines, the grade and the report due.",
            "Opening the same playbook, area and window again shows the open incident (--force for another)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat incident open --playbook typhoon --area circle:21.9,114.3,300 \\",
            "      --from 2026-07-03T00:00:00+08:00 --until 2026-07-05T00:00:00+08:00 --title \"Typhoon Mawar\"",
            "  lifeboat incident open --playbook traveler-illness --booking BK000123",
            "  lifeboat incident open --playbook ./my-playbooks/flood.yaml --area region:CN-GX --drill \\",
            "      --from 2026-07-10T00:00:00+08:00 --until 2026-07-12T00:00:00+08:00"})
public final class IncidentOpenCommand extends BaseCommand {

    @Option(names = "--playbook", required = true, paramLabel = "ID|FILE",
            completionCandidates = Candidates.PlaybookIds.class,
            description = "A playbook id (see 'lifeboat playbook list') or a playbook file.")
    String playbook;

    @Option(names = "--area", paramLabel = "SPEC", description = "Area (repeatable; a union): region:CODES, "
            + "circle:LAT,LON,KM, polygon:LAT,LON;..., @FILE.geojson.")
    List<String> areas = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Start of the event's window (ISO-8601 with offset).")
    Instant from;

    @Option(names = "--until", paramLabel = "TIME", converter = InstantConverter.class,
            description = "End of the event's window, exclusive.")
    Instant until;

    @Option(names = "--booking", paramLabel = "ID", description = "The booking, for per-traveler playbooks.")
    String booking;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title (default: from the playbook and area).")
    String title;

    @Option(names = "--drill", description = "A drill incident: flagged everywhere, nothing can be sent.")
    boolean drill;

    @Option(names = "--force", description = "Open another incident even if an open one has the same playbook, "
            + "area and window.")
    boolean force;

    @Option(names = "--regulator", paramLabel = "ID|FILE",
            description = "Regulator profile for grading (default: ${DEFAULT-VALUE}).",
            defaultValue = RegulatorProfiles.DEFAULT)
    String regulator;

    @Override
    public Integer call() {
        if ((from == null) != (until == null)) {
            throw new ParameterException(spec.commandLine(), "give both --from and --until, or neither");
        }
        Playbook pb = Playbooks.catalog(env()).find(playbook);
        AreaSet areaSet = areas.isEmpty() ? null : AreaSpec.parseAll(areas);
        TimeWindow window = from == null ? null : new TimeWindow(from, until);
        Opened o = new IncidentService(db()).open(new OpenRequest(pb, areaSet, window, booking, title, drill, force,
                RegulatorProfiles.find(regulator), "manual", actor(), clock().instant()));
        Incident i = o.incident();
        if (o.existing()) {
            info("incident " + i.id() + " already covers this (opened " + times().show(i.openedMs()) + " by "
                    + i.openedBy() + "); nothing new was opened. Use --force to open another.");
        }
        if (output() == OutputFormat.JSON) {
            Json.print(out(), IncidentView.opened(o));
        } else if (output() == OutputFormat.CSV) {
            var rows = new IncidentService(db()).list(true, clock().instant()).stream()
                    .filter(r -> r.incident().id() == i.id()).toList();
            IncidentView.list(out(), rows, OutputFormat.CSV, times(), style(), terminalWidth(), env().language());
        } else {
            printSummary(o);
        }
        next("lifeboat incident show " + i.id() + "   ·   lifeboat affected " + i.id()
                + "   ·   lifeboat notify draft " + i.id());
        return ExitCodes.OK;
    }

    private void printSummary(Opened o) {
        Incident i = o.incident();
        var grade = IncidentService.gradeOf(i);
        var out = out();
        out.println(style().bold((o.existing() ? "Incident " : "Opened incident ") + i.id() + ": " + i.title())
                + (i.drill() ? style().warn("  [DRILL]") : ""));
        out.println("  affected   " + o.affectedBookings() + " bookings, " + o.affectedTravelers() + " travelers, "
                + o.affectedSegments() + " segments");
        out.println("  grade      " + grade.name(env().language()));
        out.println("  report due " + (i.reportDueMs() == null ? "none (below the thresholds)"
                : times().show(i.reportDueMs()) + " (" + Times.relative(i.reportDueMs(), clock().millis()) + ")"));
        out.println("  tasks      " + o.tasks().size() + ", first due " + o.tasks().stream()
                .mapToLong(io.lifeboat.model.Task::dueMs).min().stream()
                .mapToObj(ms -> times().show(ms)).findFirst().orElse("-"));
        out.flush();
    }
}
