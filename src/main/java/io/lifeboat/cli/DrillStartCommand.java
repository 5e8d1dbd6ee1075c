package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.Drill;
import io.lifeboat.drill.DrillLoader;
import io.lifeboat.drill.DrillService;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.model.DrillRun;
import io.lifeboat.playbook.PlaybookLoader;
import io.lifeboat.render.DrillView;
import io.lifeboat.render.Json;
import io.lifeboat.render.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill start FILE}: a drill incident on a sandbox copy of the database, and the schedule of injects. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start a drill: copy the database to a sandbox, open the drill incident there (flagged drill;",
            "nothing can be sent from it) and print when each inject falls due and what is expected by when.",
            "Work the drill with the usual commands on the sandbox (--db SANDBOX). Starting a running drill",
            "again shows it. With --speed N, drill time runs N times faster than the clock."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill start drills/2026Q3-typhoon.yaml",
            "  lifeboat drill start drills/2026Q1-rainstorm-stranding.yaml --speed 6 --sandbox /tmp/q1.db"})
public final class DrillStartCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", description = "The drill file.")
    Path file;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Drill time runs N times faster than the clock (default: ${DEFAULT-VALUE}).")
    int speed;

    @Option(names = "--sandbox", paramLabel = "PATH",
            description = "Where the sandbox database goes (default: beside the database, named after the drill).")
    Path sandbox;

    @Override
    public Integer call() {
        Drill drill = DrillLoader.load(file);
        String text = PlaybookLoader.readUtf8(file, new ArrayList<>());
        var playbook = Playbooks.catalog(env()).find(drill.playbook());
        DrillService.Started s = new DrillService(db()).start(drill, text, playbook, RegulatorProfiles.find(null), speed,
                sandbox, actor(), clock().instant());
        DrillRun run = s.run();
        if (s.existing()) {
            info("drill " + drill.id() + " is already running as run " + run.id() + " (started "
                    + times().show(run.startedMs()) + " by " + run.startedBy() + "); nothing new was started");
        }
        if (output() == OutputFormat.JSON) {
            Json.print(out(), DrillView.runObject(run));
        } else if (output() == OutputFormat.CSV) {
            DrillView.runs(out(), java.util.List.of(run), OutputFormat.CSV, times(), style(), terminalWidth());
        } else {
            out().println(style().bold("Drill run " + run.id() + ": " + drill.id()) + style().warn("  [DRILL]")
                    + "  " + drill.scenario() + ", " + drill.quarter() + ", " + drill.type()
                    + (run.speed() > 1 ? ", speed ×" + run.speed() : ""));
            out().println("  incident " + run.incidentId() + " in the sandbox " + run.sandbox());
            out().println();
            DrillView.schedule(out(), DrillService.drillOf(run), run.startedMs(), run.speed(), clock().millis(), times(),
                    style(), terminalWidth(), env().language());
        }
        next("lifeboat --db " + run.sandbox() + " task list " + run.incidentId() + "   ·   lifeboat drill show "
                + run.id() + "   ·   lifeboat drill end " + run.id());
        return ExitCodes.OK;
    }
}
