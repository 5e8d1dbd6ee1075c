package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.model.Incident;
import io.lifeboat.notify.DraftResult;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.Json;
import io.lifeboat.render.OutputFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify draft INCIDENT_ID}: ready-to-approve messages from the playbook's templates. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Draft messages for travelers, suppliers and the regulator from the playbook.",
            "One per affected booking on each traveler channel (in the traveler's",
            "language), one for every affected supplier and the regulator report. Re-running updates unsent",
            "drafts and never duplicates; drafts edited by hand are kept unless --reset."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify draft 12", "  lifeboat notify draft 12 --reset      # also redo edited drafts",
            "  LIFEBOAT_OPERATOR=\"Sunrise Tours\" LIFEBOAT_HOTLINE=+85221234567 lifeboat notify draft 12"})
public final class NotifyDraftCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--reset", description = "Redo drafts edited by hand too (unsent ones).")
    boolean reset;

    @Override
    public Integer call() {
        NotifyService service = new NotifyService(db());
        Incident i = service.incident(incidentId);
        DraftResult r = service.draft(incidentId, NotifyCommand.playbookOf(env(), i), NotifyCommand.settings(env()), reset,
                actor(), clock().instant());
        if (output() == OutputFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("incident", r.incidentId());
            m.put("drafts", r.byAudience());
            m.put("inserted", r.inserted());
            m.put("updated", r.updated());
            m.put("unchanged", r.unchanged());
            m.put("kept_edited", r.keptEdited());
            m.put("kept_sent", r.keptSent());
            m.put("no_address", r.noAddress());
            m.put("sms_messages", r.smsMessages());
            m.put("sms_segments", r.smsSegments());
            m.put("sms_max_segments", r.maxSegments());
            m.put("sms_over_limit", r.overLimit());
            m.put("sms_segment_limit", r.segmentLimit());
            Json.print(out(), m);
        } else if (!quiet()) {
            out().println(summary(r));
            out().flush();
        }
        r.noAddress().forEach((what, n) -> info("skipped: " + n + " " + (what.startsWith("supplier") ? "suppliers"
                : "bookings") + " without " + (what.endsWith("sms") ? "a phone number" : "an e-mail address")
                + " (" + what + ")"));
        r.notes().forEach(this::info);
        if (r.overLimit() > 0) {
            warn(r.overLimit() + " SMS draft" + (r.overLimit() == 1 ? " needs" : "s need") + " more than "
                    + r.segmentLimit() + " segments (the playbook's sms_segment_limit); shorten the template or edit"
                    + " them: lifeboat notify list " + incidentId + " -o json");
        }
        if (r.drill()) info("incident " + incidentId + " is a drill: drafts can be exported (marked DRILL), never sent");
        next("lifeboat notify list " + incidentId + "   ·   lifeboat notify approve " + incidentId + " --all");
        return ExitCodes.OK;
    }

    static String summary(DraftResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Incident ").append(r.incidentId()).append(": ");
        sb.append(r.byAudience().get("traveler")).append(" traveler, ").append(r.byAudience().get("supplier"))
                .append(" supplier, ").append(r.byAudience().get("regulator")).append(" regulator drafts (")
                .append(r.inserted()).append(" new, ").append(r.updated()).append(" updated, ").append(r.unchanged())
                .append(" unchanged");
        if (r.keptEdited() > 0) sb.append(", ").append(r.keptEdited()).append(" edited kept");
        if (r.keptSent() > 0) sb.append(", ").append(r.keptSent()).append(" already sent");
        sb.append(")\n");
        sb.append("SMS cost: ").append(r.smsMessages()).append(" messages, ").append(r.smsSegments())
                .append(" segments in total (at most ").append(r.maxSegments()).append(" per message; limit ")
                .append(r.segmentLimit()).append(")");
        return sb.toString();
    }
}
