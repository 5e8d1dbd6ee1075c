package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.Drill;
import io.lifeboat.drill.DrillLoader;
import io.lifeboat.drill.DrillService;
import io.lifeboat.drill.ObserverLog;
import io.lifeboat.drill.ScoreCard;
import io.lifeboat.drill.Scorer;
import io.lifeboat.model.DrillRun;
import io.lifeboat.render.DrillView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code drill score RUN_ID} or {@code drill score FILE --started T --log FILE.csv}: the score card. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a drill: for each expected action, the first evidence after its inject (an audit",
            "entry of the drill incident, or a logged action); latency L against the deadline D: credit 1 if",
            "L <= D, else max(0, 1 - (L - D)/D); missed 0. Capability ratings P/S/M/U; score 0..100.",
            "An offline drill is scored from its file, start time and observer log (no database)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill score 1",
            "  lifeboat drill score 1 -o json",
            "  lifeboat drill score drills/2026Q3-typhoon.yaml --started 2026-07-01T08:00:00+08:00 \\",
            "      --log drills/2026Q3-typhoon-observer-log.csv"})
public final class DrillScoreCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID|FILE", description = "A drill run, or a drill file for an offline drill.")
    String target;

    @Option(names = "--started", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Offline drill: when it started.")
    Instant started;

    @Option(names = "--log", paramLabel = "FILE.csv", description = "Offline drill: the observer's log.")
    Path log;

    @Override
    public Integer call() {
        if (target.matches("\\d+")) {
            if (started != null || log != null) {
                throw new ParameterException(spec.commandLine(), "--started and --log are for an offline drill file");
            }
            long runId = Long.parseLong(target);
            DrillService service = new DrillService(existingDb());
            DrillRun run = service.run(runId);
            ScoreCard card = service.score(runId);
            DrillView.score(out(), card, DrillService.drillOf(run), runId, output(), times(), style(), terminalWidth());
            if (run.running()) info("drill run " + runId + " is still running: this score is so far");
            next("lifeboat drill report " + runId + " --format md   ·   lifeboat drill rate " + runId
                    + " --capability C --rating S --reason TEXT");
            return ExitCodes.OK;
        }
        if (started == null || log == null) {
            throw new ParameterException(spec.commandLine(),
                    "an offline drill needs --started TIME and --log FILE.csv (or give a run id)");
        }
        Drill drill = DrillLoader.load(Path.of(target));
        var rows = ObserverLog.read(log);
        ObserverLog.check(log.toString(), rows, drill);
        ScoreCard card = Scorer.score(drill, started.toEpochMilli(), 1, ObserverLog.occurrences(rows), Map.of());
        DrillView.score(out(), card, drill, null, output(), times(), style(), terminalWidth());
        next("lifeboat drill trend   (runs recorded with 'drill start' are compared across quarters)");
        return ExitCodes.OK;
    }
}
