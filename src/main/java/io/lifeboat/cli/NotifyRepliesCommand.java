package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.notify.Replies;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import io.lifeboat.render.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notify replies INCIDENT_ID FILE.csv}. */
@Command(name = "replies", mixinStandardHelpOptions = true,
        description = {"Import traveler replies and see who is safe or needs help.",
            "From an SMS gateway or mailbox export (CSV: from, received_at,",
            "text; 'from' is the phone number or e-mail). Each is matched to its booking and read as safe,",
            "needs-help (需要帮助, help, 2, ...) or other. Re-importing the same file adds nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify replies 12 gateway-replies.csv", "  lifeboat notify replies 12 mailbox.csv -o json"})
public final class NotifyRepliesCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Parameters(index = "1", paramLabel = "FILE", description = "The replies, CSV with a header row.")
    Path file;

    @Override
    public Integer call() {
        Replies.Imported r = new Replies(new NotifyService(db())).importFile(incidentId, file, actor(), clock().instant());
        if (output() == OutputFormat.JSON) {
            Json.print(out(), Ordered.of("incident", incidentId, "rows", r.rows(), "imported", r.inserted(), "duplicates",
                    r.duplicates(), "unmatched_lines", r.unmatchedLines(), "by_classification", r.byClassification(),
                    "accounted_for", r.accounting().object()));
        } else if (!quiet()) {
            out().println("imported " + r.inserted() + " of " + r.rows() + " replies (" + r.duplicates()
                    + " already imported): " + r.byClassification().get("safe") + " safe, "
                    + r.byClassification().get("needs-help") + " need help, " + r.byClassification().get("other")
                    + " other");
            out().println("accounted for: " + r.accounting().line());
            out().flush();
        }
        if (!r.unmatchedLines().isEmpty()) {
            warn(r.unmatchedLines().size() + " replies come from no affected booking's phone or e-mail (" + file
                    + " lines " + r.unmatchedLines().stream().limit(10).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + (r.unmatchedLines().size() > 10 ? ", …" : "")
                    + "); they were not imported");
        }
        if (r.accounting().needsHelp() > 0) {
            warn(r.accounting().needsHelp() + " booking(s) need help: lifeboat affected " + incidentId);
        }
        next("lifeboat notify pending " + incidentId + "   ·   lifeboat incident show " + incidentId);
        return ExitCodes.OK;
    }
}
