package io.lifeboat.cli;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.audit.AuditEntry;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.render.Json;
import io.lifeboat.render.TimelineView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit list|verify}: read and check the append-only audit log. */
@Command(name = "audit", description = "Read and check the append-only audit log.",
        synopsisSubcommandLabel = "(list | verify)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat audit list --action import.       what was imported, by whom, when",
            "  lifeboat audit list --incident 12 -o json  one incident's entries (as 'timeline 12')",
            "  lifeboat audit verify                      exit 0 when intact, 1 naming the first altered entry"})
public final class AuditCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List audit entries, oldest first: the newest --limit of those matching the filters.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat audit list --action import.",
                "  lifeboat audit list --incident 12 --since 2026-07-01T00:00:00+08:00 -o json"})
    int list(@Option(names = "--action", paramLabel = "PREFIX",
                     description = "Only actions starting with PREFIX, e.g. 'import.' or 'incident.open'.")
             String action,
             @Option(names = "--incident", paramLabel = "INCIDENT_ID", description = "Only this incident's entries.",
                     completionCandidates = Candidates.IncidentIds.class)
             Long incident,
             @Option(names = "--since", paramLabel = "TIME", converter = InstantConverter.class,
                     description = "Only entries at or after TIME (ISO 8601 with offset).")
             Instant since,
             @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
                     description = "At most N entries, the newest (default: ${DEFAULT-VALUE}).")
             int limit) {
        if (limit < 1) throw new ExitException(ExitCodes.USAGE, "--limit must be at least 1");
        List<AuditEntry> entries = new AuditLog(existingDb()).find(action, incident,
                since == null ? null : since.toEpochMilli(), limit);
        TimelineView.print(out(), entries, output(), times(), style(), terminalWidth());
        next("lifeboat audit verify");
        return ExitCodes.OK;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Recompute the hash chain: exit 0 when intact, 1 naming the first "
            + "altered, missing or reordered entry.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat audit verify", "  lifeboat audit verify -o json     {intact, entries, first_bad_entry, reason}"})
    int verify() {
        AuditLog.Verification v = new AuditLog(existingDb()).verify();
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", v.intact());
            m.put("entries", v.entries());
            m.put("first_bad_entry", v.intact() ? null : v.firstBadEntry());
            m.put("reason", v.reason());
            Json.print(out(), m);
        } else if (v.intact()) {
            out().println("audit log intact: " + v.entries() + " entries");
        } else {
            out().println(style().bad("audit log ALTERED") + " at entry " + v.firstBadEntry() + ": " + v.reason());
        }
        out().flush();
        if (v.intact()) next("lifeboat incident list");
        return v.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
