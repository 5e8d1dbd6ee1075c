package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import io.lifeboat.render.OutputFormat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code notify approve INCIDENT_ID (--all | ID...)}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve drafts for export and sending, recording who and when.",
            "Only approved drafts ever leave Lifeboat; a draft changed afterwards needs approval again."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify approve 12 --all", "  lifeboat notify approve 12 341 342 --actor alice"})
public final class NotifyApproveCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--all", description = "Every draft of the incident.")
    boolean all;

    @Parameters(index = "1..*", paramLabel = "ID", description = "The drafts to approve (from notify list).")
    List<Long> ids = List.of();

    @Override
    public Integer call() {
        if (all == !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either --all or the ids of the drafts to approve");
        }
        NotifyService.Approved a = new NotifyService(db()).approve(incidentId, all, ids, actor(), clock().instant());
        if (output() == OutputFormat.JSON) {
            Json.print(out(), Ordered.of("incident", incidentId, "approved", a.approved(), "not_drafts", a.skipped(),
                    "approved_by", actor()));
        } else if (!quiet()) {
            out().println("approved " + a.approved().size() + " draft" + (a.approved().size() == 1 ? "" : "s") + " as "
                    + actor() + (a.skipped().isEmpty() ? "" : " (" + a.skipped().size()
                    + " already approved or sent, left as they were)"));
            out().flush();
        }
        next("lifeboat notify export " + incidentId + " --format sms-csv --dir outbox   ·   lifeboat notify send "
                + incidentId + " --smtp HOST:PORT");
        return ExitCodes.OK;
    }
}
