package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.Drill;
import io.lifeboat.drill.DrillService;
import io.lifeboat.model.DrillRun;
import io.lifeboat.render.DrillView;
import io.lifeboat.render.Json;
import io.lifeboat.render.OutputFormat;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drill show RUN_ID}: a run, its injects on the clock (▶ = fallen due) and what is expected by when. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a drill run: its sandbox and incident, the injects on the clock (▶ marks those",
            "that have fallen due) and the expected actions with their deadlines and state so far."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill show 1", "  watch -n 30 lifeboat drill show 1     (a facilitator's screen)"})
public final class DrillShowCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @Override
    public Integer call() {
        DrillService service = new DrillService(existingDb());
        DrillRun run = service.run(runId);
        Drill drill = DrillService.drillOf(run);
        if (output() == OutputFormat.JSON) {
            Map<String, Object> m = DrillView.runObject(run);
            m.put("injects", drill.injects().stream().map(i -> io.lifeboat.render.Ordered.of("id", i.id(),
                    "at_s", i.at().toSeconds(), "due", io.lifeboat.render.Times.iso(run.startedMs() + i.at().toMillis() / run.speed()),
                    "text", i.text())).toList());
            Json.print(out(), m);
        } else {
            out().println(style().bold("Drill run " + run.id() + ": " + run.drillId()) + "  " + run.scenario() + ", "
                    + run.quarter() + ", " + run.type() + ", " + run.status()
                    + (run.speed() > 1 ? ", speed ×" + run.speed() : ""));
            out().println("  started " + times().show(run.startedMs()) + " by " + run.startedBy()
                    + (run.endedMs() == null ? "" : "; ended " + times().show(run.endedMs())));
            out().println("  incident " + run.incidentId() + " in the sandbox " + run.sandbox());
            out().println();
            DrillView.schedule(out(), drill, run.startedMs(), run.speed(), clock().millis(), service.score(runId), times(),
                    style(), terminalWidth(), env().language());
        }
        next(run.running() ? "lifeboat --db " + run.sandbox() + " task list " + run.incidentId()
                : "lifeboat drill score " + run.id());
        return ExitCodes.OK;
    }
}
