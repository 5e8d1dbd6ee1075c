package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.notify.NotifyExport;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import io.lifeboat.render.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify export INCIDENT_ID --format sms-csv|eml|json --dir DIR}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write approved drafts as sms-csv, eml or json files.",
            "For other systems: sms-csv for bulk-SMS gateways (E.164 numbers,",
            "UTF-8 text), eml (one RFC 5322 file per e-mail), json (all channels). Unapproved drafts are left",
            "out (and counted). A drill's files are marked DRILL."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify export 12 --format sms-csv --dir outbox",
            "  lifeboat notify export 12 --format eml --dir outbox --from duty@example.com",
            "  lifeboat notify export 12 --format json --dir outbox"})
public final class NotifyExportCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "sms-csv, eml or json.")
    String format;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder to write to (created if missing).")
    Path dir;

    @Option(names = "--from", paramLabel = "ADDR", description = "Sender of eml files (default: $LIFEBOAT_MAIL_FROM).")
    String from;

    @Override
    public Integer call() {
        String sender = from != null ? from : env().get("LIFEBOAT_MAIL_FROM");
        NotifyExport.Result r = new NotifyExport(new NotifyService(db())).export(incidentId, format, dir, sender, actor(),
                clock().instant());
        if (output() == OutputFormat.JSON) {
            Json.print(out(), Ordered.of("incident", incidentId, "format", format, "exported", r.exported(),
                    "by_audience", r.byAudience(), "left_out_unapproved", r.unapproved(), "left_out_no_address",
                    r.noAddress(), "drill", r.drill(), "files", r.files().stream().map(Path::toString).toList()));
        } else if (!quiet()) {
            out().println("exported " + r.exported() + " approved draft" + (r.exported() == 1 ? "" : "s") + " as " + format
                    + " to " + dir + (r.files().size() == 1 ? " (" + r.files().get(0).getFileName() + ")"
                    : " (" + r.files().size() + " files)") + (r.drill() ? " — DRILL" : ""));
            out().flush();
        }
        if (r.unapproved() > 0) {
            warn(r.unapproved() + " draft" + (r.unapproved() == 1 ? " was" : "s were") + " left out because "
                    + (r.unapproved() == 1 ? "it is" : "they are") + " not approved (lifeboat notify approve "
                    + incidentId + " --all)");
        }
        if (r.noAddress() > 0) info(r.noAddress() + " approved drafts have no address and were left out");
        next("lifeboat notify pending " + incidentId + "   (who has not answered)");
        return ExitCodes.OK;
    }
}
