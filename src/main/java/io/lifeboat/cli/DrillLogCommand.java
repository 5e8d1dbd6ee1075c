package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.DrillService;
import io.lifeboat.drill.ObserverLog;
import io.lifeboat.model.DrillLogEntry;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill log RUN_ID}: off-tool actions (calls, visits) recorded by hand or imported from an observer's CSV. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Record an action done off the tool (a phone call, a reassurance visit) for a drill run,",
            "or import an observer's log: CSV with expected_id, at, actor, note. Recording the same action at the",
            "same time again changes nothing; a bad row refuses the whole file."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill log 1 --expected call-priority-travelers --note \"12 elderly travelers called\"",
            "  lifeboat drill log 1 --expected staff-hotline --at 2026-07-01T08:40:00+08:00",
            "  lifeboat drill log 1 --import observer-q3.csv"})
public final class DrillLogCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--expected", paramLabel = "ID", description = "The expected action that was done.")
        String expected;

        @Option(names = "--import", paramLabel = "FILE.csv", description = "An observer's log: expected_id, at, actor, note.")
        Path file;
    }

    @Option(names = "--at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "When it was done (default: now).")
    Instant at;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was done.")
    String note;

    @Override
    public Integer call() {
        List<DrillLogEntry> entries = new ArrayList<>();
        List<Long> lines = null;
        String file = null;
        if (source.file != null && (at != null || note != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--at and --note are for one action (--expected); an imported log carries its own");
        }
        if (source.file != null) {
            file = source.file.toString();
            lines = new ArrayList<>();
            for (ObserverLog.Row r : ObserverLog.read(source.file)) {
                entries.add(new DrillLogEntry(runId, r.expectedId(), r.atMs(), r.actor() == null ? actor() : r.actor(),
                        r.note(), "import:" + source.file.getFileName()));
                lines.add(r.line());
            }
        } else {
            Instant when = at != null ? at : clock().instant();
            entries.add(new DrillLogEntry(runId, source.expected, when.toEpochMilli(), actor(), note, "cli"));
        }
        List<DrillLogEntry> added = new DrillService(db()).log(runId, entries, lines, file, actor(), clock().instant());
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Json.print(out(), Ordered.of("run", runId, "entries", entries.size(), "added", added.size()));
        } else if (!quiet()) {
            out().println("logged " + added.size() + " of " + entries.size() + " entries for drill run " + runId
                    + (added.size() < entries.size() ? " (" + (entries.size() - added.size()) + " already recorded)" : ""));
            out().flush();
        }
        next("lifeboat drill score " + runId);
        return ExitCodes.OK;
    }
}
