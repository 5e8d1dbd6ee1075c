package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.model.Notification;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.NotificationView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify list INCIDENT_ID}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List an incident's drafts, addresses masked.",
            "Regulator, suppliers, then travelers (-o json: id, audience,",
            "recipient, channel, locale, status, sms_segments, subject, body). Addresses are masked."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify list 12", "  lifeboat notify list 12 --status draft --audience traveler",
            "  lifeboat notify list 12 -o json --reveal"})
public final class NotifyListCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--reveal", description = "Show phone numbers and e-mail addresses whole.")
    boolean reveal;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only drafts in this status: draft, approved, sent.")
    String status;

    @Option(names = "--audience", paramLabel = "AUDIENCE", description = "Only traveler, supplier or regulator drafts.")
    String audience;

    @Override
    public Integer call() {
        NotifyService service = new NotifyService(existingDb());
        List<Notification> drafts = service.list(incidentId).stream()
                .filter(n -> status == null || status.equals(n.status()))
                .filter(n -> audience == null || audience.equals(n.audience())).toList();
        NotificationView.list(out(), drafts, output(), reveal, style(), terminalWidth());
        long unapproved = drafts.stream().filter(n -> Notification.DRAFT.equals(n.status())).count();
        if (drafts.isEmpty()) next("lifeboat notify draft " + incidentId);
        else if (unapproved > 0) next("lifeboat notify approve " + incidentId + " --all   (" + unapproved + " to approve)");
        else next("lifeboat notify export " + incidentId + " --format sms-csv --dir outbox");
        return ExitCodes.OK;
    }
}
