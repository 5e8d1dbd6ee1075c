package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.notify.NotifyService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify report INCIDENT_ID --format md|html [--out FILE]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the regulator report as a Markdown or HTML file to attach.",
            "Grade, counts by region and kind, actions taken, contact, report due, and the report text",
            "as drafted (or edited)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify report 12 --format md --out incident-12-report.md",
            "  lifeboat notify report 12 --format html --out incident-12-report.html"})
public final class NotifyReportCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", description = "md or html (default: md).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path file;

    @Override
    public Integer call() {
        NotifyService service = new NotifyService(file == null ? existingDb() : db());
        var incident = service.incident(incidentId);
        NotifyService.Report r = service.report(incidentId, NotifyCommand.playbookOf(env(), incident),
                NotifyCommand.settings(env()), format, clock().instant());
        if (file == null) {
            out().print(r.text());
            out().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(file, r.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.FAILURE, "cannot write " + file + ": " + e.getMessage());
        }
        service.recordReportExport(incidentId, format, file.getFileName().toString(), actor(), clock().instant());
        info("wrote the regulator report to " + file + (r.drill() ? " (DRILL)" : ""));
        next("lifeboat task done " + incidentId + " report-regulator --note \"sent " + file.getFileName() + "\"");
        return ExitCodes.OK;
    }
}
