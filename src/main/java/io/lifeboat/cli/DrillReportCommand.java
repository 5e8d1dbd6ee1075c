package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.drill.AfterActionReport;
import io.lifeboat.drill.DrillService;
import io.lifeboat.drill.TrendChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill report RUN_ID --format md|html}: the after-action report with its improvement plan. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the after-action report of a drill run: overview, timeline of injects and actions,",
            "capability ratings, strengths, areas for improvement and the improvement plan (open items of earlier",
            "quarters carried over). HTML embeds the score trend chart; with --out it also writes the chart as",
            "PNG and SVG beside the report. Without --out the report goes to stdout."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill report 1 --format md > aar-2026Q3.md",
            "  lifeboat drill report 1 --format html --out reports/aar-2026Q3.html"})
public final class DrillReportCommand extends BaseCommand {

    enum Format { md, html }

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @Option(names = "--format", paramLabel = "md|html", defaultValue = "md",
            description = "Markdown or HTML (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        AfterActionReport.Data data = new DrillService(existingDb()).report(runId);
        AfterActionReport report = new AfterActionReport(data, env().zone(), env().language());
        String text;
        if (format == Format.html) {
            String svg = null;
            if (outFile != null) {
                String base = outFile.getFileName().toString().replaceFirst("\\.html?$", "") + "-trend";
                Path chartBase = outFile.toAbsolutePath().resolveSibling(base);
                TrendChart.write(data.trend(), chartBase);
                svg = base + ".svg";
            }
            text = report.html(TrendChart.png(data.trend()), svg);
        } else {
            text = report.markdown();
        }
        if (outFile == null) {
            out().print(text);
            out().flush();
        } else {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new ExitException(ExitCodes.USAGE, "folder does not exist: " + parent);
            }
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
            info("wrote " + outFile + (format == Format.html ? " (and its trend chart as -trend.png/.svg)" : ""));
        }
        next("lifeboat drill plan " + runId + " --add TEXT --capability C --owner NAME --due TIME   ·   lifeboat drill trend");
        return ExitCodes.OK;
    }
}
