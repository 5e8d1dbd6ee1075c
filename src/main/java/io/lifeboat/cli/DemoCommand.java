package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.dataset.Dataset;
import io.lifeboat.dataset.ImportSummary;
import io.lifeboat.dataset.Importer;
import io.lifeboat.demo.DemoGenerator;
import io.lifeboat.demo.DemoScenario;
import io.lifeboat.exposure.Exposure;
import io.lifeboat.exposure.ExposureQuery;
import io.lifeboat.exposure.ExposureSummary;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.OpenRequest;
import io.lifeboat.incident.Opened;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.render.IncidentView;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.notify.DraftResult;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.render.NotificationView;
import io.lifeboat.render.ExposureView;
import io.lifeboat.render.Json;
import io.lifeboat.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: a sample agency loaded and a typhoon query run, to see Lifeboat work in a minute. */
@Command(name = "demo",
        description = {"Generate a realistic sample agency (seeded, deterministic), load it into",
            "./lifeboat-demo.db (or --db) and run a typhoon exposure query on it."},
        subcommands = {DemoGenerateCommand.class, DemoDrillCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat demo", "  lifeboat demo --bookings 20000 --seed 7",
            "  lifeboat demo generate --bookings 1000000 --out bench/data",
            "  lifeboat demo drill                 (a recorded typhoon drill replayed and scored)"})
public final class DemoCommand extends BaseCommand {
    static final String DEMO_DB = "lifeboat-demo.db";

    @Option(names = "--bookings", paramLabel = "N", defaultValue = "3000", description = "Bookings to generate (default: ${DEFAULT-VALUE}).")
    int bookings;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20260701", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE",
            description = "First day of the sales horizon, YYYY-MM-DD (default: today, UTC+8).")
    LocalDate start;

    @Override
    public Integer call() throws IOException {
        LocalDate first = start != null ? start : LocalDate.ofInstant(clock().instant(), ZoneOffset.ofHours(8));
        String location = root().databaseLocation(DEMO_DB);
        Path work = Files.createTempDirectory("lifeboat-demo");
        try {
            DemoGenerator.Result files = new DemoGenerator().write(work,
                    new DemoGenerator.Options(bookings, seed, first, 42), progress());
            DemoCommand.requirePositive(bookings, "--bookings");
            var db = root().database(DEMO_DB);
            Importer importer = new Importer(db);
            List<ImportSummary> loaded = List.of(
                    importer.run(Dataset.SUPPLIERS, files.suppliers(), progress()),
                    importer.run(Dataset.BOOKINGS, files.bookings(), progress()),
                    importer.run(Dataset.SEGMENTS, files.segments(), progress()));
            DemoScenario scenario = DemoScenario.typhoon(first);
            List<ExposedSegment> affected = new Exposure(db).find(
                    new ExposureQuery(scenario.areas(), scenario.window(), Set.of()));
            io.lifeboat.playbook.Playbook typhoon = Playbooks.catalog(env()).find("typhoon");
            Opened incident = new IncidentService(db).open(new OpenRequest(
                    typhoon, scenario.areas(), scenario.window(), null,
                    scenario.title() + " (demo)", false, false, RegulatorProfiles.find(null), "demo", actor(),
                    clock().instant()));
            NotifyService notify = new NotifyService(db);
            DraftResult drafts = notify.draft(incident.incident().id(), typhoon, NotifyCommand.settings(env()), false,
                    actor(), clock().instant());
            io.lifeboat.model.ReallocPlan plan = new io.lifeboat.realloc.Planner(db).plan(incident.incident().id(),
                    Playbooks.catalog(env()).find("typhoon"), null, actor(), clock().instant()).plan();
            if (output() == io.lifeboat.render.OutputFormat.JSON) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("database", location);
                json.put("loaded", loaded);
                json.put("scenario", io.lifeboat.render.Ordered.of("title", scenario.title(), "area", scenario.areaSpec(),
                        "from", scenario.fromText(), "until", scenario.untilText()));
                json.put("affected", ExposureSummary.of(affected));
                json.put("incident", IncidentView.opened(incident));
                json.put("notifications", io.lifeboat.render.Ordered.of("drafts", drafts.byAudience(), "sms_messages",
                        drafts.smsMessages(), "sms_segments", drafts.smsSegments(), "sms_over_limit", drafts.overLimit()));
                json.put("reallocation", io.lifeboat.render.ReallocView.planObject(plan,
                        ReallocShowCommand.suppliers(db)));
                Json.print(out(), json);
            } else {
                report(out(), style(), location, loaded, scenario, affected, incident);
                notifications(out(), style(), drafts, notify.list(incident.incident().id()));
                reallocation(out(), style(), location, plan);
            }
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void report(PrintWriter out, Style st, String location, List<ImportSummary> loaded, DemoScenario s,
                        List<ExposedSegment> affected, Opened incident) {
        out.println(st.bold("Lifeboat demo") + " — a sample agency on the South China coast, loaded into " + location);
        for (ImportSummary l : loaded) {
            out.printf("  %-9s %,9d rows  (%d inserted, %d updated, %d unchanged)%n", l.dataset(), l.rows(),
                    l.inserted(), l.updated(), l.unchanged());
        }
        out.println();
        out.println(st.bold("Scenario: " + s.title()));
        out.println("  area    " + s.areaSpec() + "   (300 km around the forecast landfall)");
        out.println("  window  " + s.fromText() + " → " + s.untilText() + "   (48 h, starting 72 h after the start date)");
        out.println();
        ExposureSummary sum = ExposureSummary.of(affected);
        out.println(st.bold("Affected: " + ExposureView.totals(affected)));
        out.println("  by region  " + top(sum.byRegion(), 8));
        out.println("  VIP        " + sum.vipBookings() + " bookings");
        out.println("  needs      " + (sum.byNeed().isEmpty() ? "none" : top(sum.byNeed(), 8)));
        out.println();
        List<ExposedSegment> sample = affected.stream().limit(12).toList();
        if (!sample.isEmpty()) {
            out.println(st.bold("First affected segments") + " (of " + affected.size() + "):");
            ExposureView.table(out, sample, st, terminalWidth(), false);
        }
        long id = incident.incident().id();
        out.println();
        out.println(st.bold(incident.existing() ? "The typhoon incident (already open):"
                : "Opened a typhoon incident from the shipped playbook:") + " the playbook widens the window by its"
                + " 72 h notice and 24 h tail and the area by 50 km, ranks travelers and sets the tasks.");
        out.println();
        IncidentView.show(out, new IncidentService(root().database(DEMO_DB)).summary(id, clock().instant()),
                io.lifeboat.render.OutputFormat.TABLE, times(), st, terminalWidth(), env().language(), clock().millis());
        String db = location.equals(DEMO_DB) ? "--db " + DEMO_DB : "--db " + location;
        out.println();
        out.println(st.bold("Try next:"));
        out.println("  ./lifeboat " + db + " affected " + id + "             # who first, and why");
        out.println("  ./lifeboat " + db + " task done " + id + " report-regulator --note \"called the bureau\"");
        out.println("  ./lifeboat " + db + " timeline " + id);
        out.println("  ./lifeboat " + db + " affected --area " + s.areaSpec() + " \\");
        out.println("      --from " + s.fromText() + " --until " + s.untilText());
        out.println("  ./lifeboat " + db + " affected --area region:HK,MO --from " + s.fromText() + " --until "
                + s.untilText() + " -o csv");
        out.println("  ./lifeboat " + db + " export suppliers | head");
        out.println("  ./lifeboat " + db + " db status");
        out.flush();
    }

    /** The drafted notifications: counts, the SMS cost, and one sample per language and audience. */
    private void notifications(PrintWriter out, Style st, DraftResult drafts, List<Notification> all) {
        out.println();
        out.println(st.bold("Drafted notifications") + " (nothing is sent before a person approves):");
        out.println("  " + NotifyDraftCommand.summary(drafts).replace("\n", "\n  "));
        Set<String> shown = new java.util.HashSet<>();
        List<Notification> sample = all.stream().filter(n -> Notification.SMS.equals(n.channel())
                || !Notification.TRAVELER.equals(n.audience())).filter(n -> shown.add(n.audience() + n.locale()))
                .limit(4).toList();
        NotificationView.list(out, sample, io.lifeboat.render.OutputFormat.TABLE, false, st, terminalWidth());
        long id = drafts.incidentId();
        String db = "--db " + root().databaseLocation(DEMO_DB);
        out.println("  ./lifeboat " + db + " notify list " + id + "            # every draft, addresses masked");
        out.println("  ./lifeboat " + db + " notify approve " + id + " --all   # then: notify export " + id
                + " --format sms-csv --dir outbox");
        out.flush();
    }

    /** Where the typhoon's stranded parties go: the incident's reallocation plan, in a few lines. */
    private void reallocation(PrintWriter out, Style st, String location, io.lifeboat.model.ReallocPlan plan) {
        String db = "--db " + location;
        out.println();
        out.println(st.bold("Reallocation plan (" + plan.status() + "):") + " the playbook's rules (one more night"
                + " near the hotel, a port-city day instead of the sea day) met from the suppliers' capacity,"
                + " highest priority first, parties never split.");
        for (String line : io.lifeboat.render.ReallocView.planSummaryLines(plan)) out.println(line);
        out.println("  ./lifeboat " + db + " realloc show " + plan.incidentId() + "        # per supplier and per party, with why");
        out.println("  ./lifeboat " + db + " realloc accept " + plan.incidentId() + "      # reserve the rooms and seats");
        out.flush();
    }

    private static String top(Map<String, Integer> counts, int n) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (i++ == n) {
                sb.append(", …");
                break;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(' ').append(e.getValue());
        }
        return sb.toString();
    }

    static void requirePositive(int n, String option) {
        if (n < 1) throw new ExitException(ExitCodes.USAGE, option + " must be at least 1");
    }
}
