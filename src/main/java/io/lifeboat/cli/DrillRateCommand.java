package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.DrillService;
import io.lifeboat.model.DrillRating;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill rate RUN_ID}: an evaluator's rating of a capability, kept beside the computed one. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Override the computed rating of a capability with the evaluator's (P, S, M or U) and the",
            "reason. The computed rating stays beside it in scores and reports; rating again replaces it."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill rate 1 --capability reassurance --rating S \\",
            "      --reason \"hotline staffed late, but every elderly traveler was reached\""})
public final class DrillRateCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @Option(names = "--capability", required = true, paramLabel = "CAPABILITY", description = "e.g. reassurance.")
    String capability;

    @Option(names = "--rating", required = true, paramLabel = "P|S|M|U", description = "The evaluator's rating.")
    String rating;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it differs.")
    String reason;

    @Override
    public Integer call() {
        DrillRating r = new DrillService(db()).rate(runId, capability, rating.strip().toUpperCase(java.util.Locale.ROOT),
                reason, actor(), clock().instant());
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Json.print(out(), Ordered.of("run", runId, "capability", r.capability(), "rating", r.rating(),
                    "reason", r.reason(), "by", r.by()));
        } else if (!quiet()) {
            out().println("rated " + r.capability() + " " + r.rating() + " in drill run " + runId + ": " + r.reason());
            out().flush();
        }
        next("lifeboat drill score " + runId);
        return ExitCodes.OK;
    }
}
