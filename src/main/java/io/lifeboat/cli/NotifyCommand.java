package io.lifeboat.cli;

import io.lifeboat.model.Incident;
import io.lifeboat.notify.NotifySettings;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.PlaybookCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code notify ...}: what travelers, suppliers and the regulator are told, approved by a person first. */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = {"Draft, approve, export and send what travelers, suppliers and the regulator are told;",
            "import replies and see who has not answered. Nothing is sent without approval, nor in a drill."},
        synopsisSubcommandLabel = "(draft | list | show | edit | approve | export | send | replies | pending | report)",
        subcommands = {NotifyDraftCommand.class, NotifyListCommand.class, NotifyShowCommand.class,
            NotifyEditCommand.class, NotifyApproveCommand.class, NotifyExportCommand.class, NotifySendCommand.class,
            NotifyRepliesCommand.class, NotifyPendingCommand.class, NotifyReportCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify draft 12",
            "  lifeboat notify list 12 --reveal",
            "  lifeboat notify approve 12 --all",
            "  lifeboat notify export 12 --format sms-csv --dir outbox",
            "  lifeboat notify send 12 --smtp mail.example.com:587 --user duty --password-env SMTP_PASSWORD",
            "  lifeboat notify replies 12 gateway-replies.csv",
            "  lifeboat notify pending 12 -o csv --reveal > call-list.csv",
            "",
            "Environment: LIFEBOAT_OPERATOR (operator name in messages), LIFEBOAT_HOTLINE (24-hour hotline),",
            "  LIFEBOAT_MAIL_FROM (sender address), LIFEBOAT_REGULATOR_EMAIL (where the report is e-mailed)."})
public final class NotifyCommand extends GroupCommand {

    /** The playbook an incident was opened with: its file when it still exists, else its id in the catalog. */
    static Playbook playbookOf(Env env, Incident i) {
        String source = i.playbookSource();
        PlaybookCatalog catalog = Playbooks.catalog(env);
        if (source != null && source.startsWith(PlaybookCatalog.SHIPPED)) return catalog.find(source);
        if (source != null && Files.isRegularFile(Path.of(source))) return catalog.find(source);
        return catalog.find(i.playbookId());
    }

    static NotifySettings settings(Env env) {
        return new NotifySettings(env.get("LIFEBOAT_OPERATOR"), env.get("LIFEBOAT_HOTLINE"),
                env.get("LIFEBOAT_REGULATOR_EMAIL"));
    }
}
