package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.DrillService;
import io.lifeboat.model.DrillRun;
import io.lifeboat.render.DrillView;
import io.lifeboat.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drill end RUN_ID}: the drill incident closed and its audit entries kept with the run. */
@Command(name = "end", mixinStandardHelpOptions = true,
        description = {"End a drill run: close the drill incident in the sandbox and keep a copy of its audit",
            "entries with the run, so the score and reports outlive the sandbox. Ending twice changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill end 1"})
public final class DrillEndCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @Override
    public Integer call() {
        DrillService service = new DrillService(db());
        boolean ended = service.end(runId, actor(), clock().instant());
        DrillRun run = service.run(runId);
        if (!ended) info("drill run " + runId + " had already ended (" + times().show(run.endedMs()) + " by " + run.endedBy() + ")");
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Json.print(out(), DrillView.runObject(run));
        } else if (!quiet()) {
            out().println("ended drill run " + runId + " (" + run.drillId() + ") at " + times().show(run.endedMs()));
            out().flush();
        }
        next("lifeboat drill score " + runId + "   ·   lifeboat drill report " + runId + " --format md");
        return ExitCodes.OK;
    }
}
