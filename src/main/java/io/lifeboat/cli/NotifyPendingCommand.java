package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.notify.Pending;
import io.lifeboat.render.PendingView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify pending INCIDENT_ID}. */
@Command(name = "pending", mixinStandardHelpOptions = true,
        description = {"Travelers with no reply in time, and the next channel to reach them.",
            "No reply after the playbook's escalate_after; the next channel to try",
            "(e.g. sms, then email, then phone for the call team), highest priority first. Exit 3 when any."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify pending 12",
            "  lifeboat notify pending 12 --next phone -o csv --reveal > call-list.csv   # for the call team"})
public final class NotifyPendingCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--next", paramLabel = "CHANNEL", description = "Only those whose next channel is this: sms, email, phone.")
    String nextChannel;

    @Option(names = "--reveal", description = "Show phone numbers and e-mail addresses whole (call lists need them).")
    boolean reveal;

    @Override
    public Integer call() {
        NotifyService service = new NotifyService(existingDb());
        var incident = service.incident(incidentId);
        var config = NotifyCommand.playbookOf(env(), incident).notifications();
        List<Pending.Row> rows = new Pending(service).pending(incidentId, config, clock().millis()).stream()
                .filter(r -> nextChannel == null || nextChannel.equals(r.nextChannel())).toList();
        PendingView.print(out(), rows, output(), reveal, times(), style(), terminalWidth());
        info(rows.size() + " booking(s) waiting for the next channel (escalate after "
                + config.escalateAfter().toMinutes() + " min without a reply)");
        if (!rows.isEmpty()) next("lifeboat notify export " + incidentId + " --format eml --dir outbox   ·   "
                + "lifeboat notify pending " + incidentId + " --next phone -o csv --reveal");
        return rows.isEmpty() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }
}
