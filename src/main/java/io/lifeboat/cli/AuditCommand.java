package io.lifeboat.cli;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.render.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code audit verify}: checks the hash chain of the audit log. */
@Command(name = "audit", description = "Check the append-only audit log.",
        synopsisSubcommandLabel = "(verify)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat audit verify       exit 0 when intact, 1 naming the first altered entry"})
public final class AuditCommand extends GroupCommand {

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
