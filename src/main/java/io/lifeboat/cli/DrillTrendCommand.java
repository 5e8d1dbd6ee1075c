package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.drill.DrillService;
import io.lifeboat.drill.Trend;
import io.lifeboat.drill.TrendChart;
import io.lifeboat.render.DrillView;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drill trend}: quarters compared, with a regression gate for CI-style use (exit 3). */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Compare quarters: the score and per-capability ratings of each quarter's drill, median and",
            "worst latency per duty, findings that repeat, and a sparkline of the score. With --fail-below N it",
            "exits 3 when the latest score is below N or more than --margin points below the previous quarter's.",
            "--chart writes the score chart as PNG and SVG."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill trend", "  lifeboat drill trend --scenario typhoon -o json",
            "  lifeboat drill trend --fail-below 70 --margin 10     (exit 3 on a regression)",
            "  lifeboat drill trend --chart reports/trend          (reports/trend.png and .svg)"})
public final class DrillTrendCommand extends BaseCommand {

    @Option(names = "--scenario", paramLabel = "S", description = "Only this scenario (e.g. typhoon).")
    String scenario;

    @Option(names = "--fail-below", paramLabel = "N", description = "Exit 3 when the latest score is below N, or below "
            + "the previous quarter's by more than the margin.")
    Double failBelow;

    @Option(names = "--margin", paramLabel = "POINTS", defaultValue = "10",
            description = "Allowed drop from the previous quarter with --fail-below (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--chart", paramLabel = "PATH", description = "Write the chart to PATH.png and PATH.svg.")
    Path chart;

    @Override
    public Integer call() {
        Trend trend = new DrillService(existingDb()).trend(scenario);
        String regression = trend.regression(failBelow, margin);
        DrillView.trend(out(), trend, regression, output(), style(), terminalWidth());
        if (chart != null) {
            TrendChart.write(trend.points(), chart.toAbsolutePath());
            info("wrote " + chart + ".png and " + chart + ".svg");
        }
        if (regression != null) throw new ExitException(ExitCodes.ATTENTION, "regression: " + regression);
        if (trend.latest() != null) next("lifeboat drill report " + trend.latest().run() + " --format html --out aar.html");
        return ExitCodes.OK;
    }
}
