package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.Drill;
import io.lifeboat.drill.DrillLoader;
import io.lifeboat.drill.DrillReplay;
import io.lifeboat.drill.DrillService;
import io.lifeboat.drill.ObserverLog;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.model.DrillRun;
import io.lifeboat.render.DrillView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code demo drill}: the recorded 2026 Q3 typhoon drill replayed through the real commands, and its score card. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {"Replay the recorded sample drill (drills/2026Q3-typhoon.yaml and its observer log) through the",
            "real commands at the recorded times, into ./lifeboat-demo.db (or --db), and print its score card.",
            "Steps a task proves become 'task done' on the drill incident; the others go to the drill's log."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat demo drill", "  lifeboat demo drill -o json",
            "  lifeboat --db lifeboat-demo.db drill report 1 --format md"})
public final class DemoDrillCommand extends BaseCommand {
    static final String DRILL = "2026Q3-typhoon.yaml";
    static final String LOG = "2026Q3-typhoon-observer-log.csv";
    /** The recorded drill started at 08:00 in Hong Kong on 1 July 2026. */
    static final Instant STARTED = Instant.parse("2026-07-01T00:00:00Z");

    @Override
    public Integer call() throws IOException {
        String definition = resource(DRILL);
        Drill drill = DrillLoader.load("shipped:" + DRILL, definition);
        List<ObserverLog.Row> recorded;
        try (InputStream in = stream(LOG)) {
            recorded = ObserverLog.read("shipped:" + LOG, in);
        }
        var db = root().database(DemoCommand.DEMO_DB);
        // The sandbox is only needed while the replay runs: ending the run keeps its evidence.
        Path work = Files.createTempDirectory("lifeboat-demo-drill");
        DrillRun run;
        try {
            run = new DrillReplay(db).replay(drill, definition, Playbooks.catalog(env()).find(drill.playbook()),
                    RegulatorProfiles.find(null), STARTED, recorded,
                    db.dialect().snapshotInto() == null ? null : work.resolve("sandbox.db"), actor());
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        DrillView.score(out(), new DrillService(db).score(run.id()), drill, run.id(), output(), times(), style(),
                terminalWidth());
        String where = root().databaseLocation(DemoCommand.DEMO_DB);
        next("lifeboat --db " + where + " drill report " + run.id() + " --format md   ·   lifeboat --db " + where
                + " drill trend");
        return ExitCodes.OK;
    }

    private static InputStream stream(String name) {
        InputStream in = DemoDrillCommand.class.getResourceAsStream("/io/lifeboat/drills/" + name);
        if (in == null) throw new IllegalStateException("the sample drill " + name + " is missing from the build");
        return in;
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
