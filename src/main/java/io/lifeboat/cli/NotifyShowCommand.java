package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.model.Notification;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.NotificationView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify show ID}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one draft in full: to whom, status, "
        + "SMS segments, subject and text.",
        footerHeading = "%nExamples:%n", footer = {"  lifeboat notify show 341", "  lifeboat notify show 341 --reveal"})
public final class NotifyShowCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "The notification (from notify list).")
    long id;

    @Option(names = "--reveal", description = "Show the phone number or e-mail address whole.")
    boolean reveal;

    @Override
    public Integer call() {
        Notification n = new NotifyService(existingDb()).get(id);
        NotificationView.show(out(), n, output(), reveal, times(), style());
        if (Notification.DRAFT.equals(n.status())) {
            next("lifeboat notify approve " + n.incidentId() + " " + id + "   ·   lifeboat notify edit " + id);
        } else {
            next("lifeboat notify list " + n.incidentId());
        }
        return ExitCodes.OK;
    }
}
