package io.lifeboat.cli;

import io.lifeboat.alert.AlertWatch;
import io.lifeboat.alert.CapAlert;
import io.lifeboat.alert.CapRead;
import io.lifeboat.alert.CapReader;
import io.lifeboat.alert.CapSources;
import io.lifeboat.alert.GeocodeMap;
import io.lifeboat.alert.WatchEvent;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.playbook.CatalogEntry;
import io.lifeboat.render.AlertView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code watch}: CAP alerts into incidents, once each; made for cron. */
@Command(name = "watch",
        description = {"Turn CAP weather alerts into incidents, once each (made for cron).",
            "Reads files, folders, Atom/RSS feeds and http(s) URLs. A new alert matching a playbook's",
            "triggers.cap opens an incident; an Update moves it to the new area and window; a Cancel",
            "closes it. Exit 3 when something was opened, updated or cancelled; 2 when input was rejected;",
            "else 0. Silent when nothing is new and no terminal is attached, so cron mails only what matters."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat watch --cap /var/spool/cap/              every alert file in a folder",
            "  lifeboat watch --cap https://alerts.example.gov/feed.atom -o json",
            "  lifeboat watch --cap alerts/ --geocodes geocodes.csv --exercise-as-drill",
            "",
            "JSON (-o json) is one object per line: event (opened|updated|cancelled|ignored|rejected), cap",
            "(sender/identifier), incident, playbook, affected_bookings, reason, newly_affected, no_longer_affected."})
public final class WatchCommand extends BaseCommand {

    @Option(names = "--cap", required = true, arity = "1..*", paramLabel = "PATH|URL",
            description = "CAP alert files, folders, Atom/RSS feeds or http(s) URLs (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--geocodes", paramLabel = "FILE",
            description = "CSV value_name,value,region mapping alert geocodes to region codes.")
    Path geocodes;

    @Option(names = "--exercise-as-drill", description = "Alerts with status Exercise open drill incidents.")
    boolean exerciseAsDrill;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Preferred language of an alert's <info> blocks (default: $LIFEBOAT_LANG, else LANG; "
                    + "then English).")
    String lang;

    @Option(names = "--default-hours", paramLabel = "N", defaultValue = "24",
            description = "How long an event lasts when its alert gives no expires (default: ${DEFAULT-VALUE}).")
    int defaultHours;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time limit for each URL (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
            description = "Largest document read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--regulator", paramLabel = "ID|FILE", defaultValue = RegulatorProfiles.DEFAULT,
            description = "Regulator profile for grading opened incidents (default: ${DEFAULT-VALUE}).")
    String regulator;

    @Override
    public Integer call() {
        GeocodeMap map = geocodes == null ? GeocodeMap.EMPTY : GeocodeMap.load(geocodes);
        var regulatorProfile = RegulatorProfiles.find(regulator);
        var playbooks = Playbooks.catalog(env()).list().playbooks().stream().map(CatalogEntry::playbook).toList();
        CapSources.Batch batch = new CapSources(new CapReader(), Duration.ofSeconds(Math.max(1, timeoutSeconds)),
                maxBytes).read(inputs);
        List<CapAlert> alerts = new ArrayList<>(batch.alerts());
        // Oldest first, so an alert and its Update read in the same run are acted on in order.
        alerts.sort(Comparator.comparing(CapAlert::sent));
        AlertWatch watch = new AlertWatch(db(), playbooks, new AlertWatch.Settings(languages(), exerciseAsDrill, map,
                Duration.ofHours(Math.max(1, defaultHours)), regulatorProfile));
        Instant now = clock().instant();
        List<WatchEvent> events = new ArrayList<>();
        int seen = 0;
        for (CapAlert a : alerts) {
            try {
                var e = watch.process(a, actor(), now);
                if (e.isPresent()) events.add(e.get());
                else seen++;
            } catch (InvalidInputException | ExitException bad) {
                // This alert cannot be acted on (nothing of it landed); the others still are. Not recorded as
                // seen, so it is tried again on the next run.
                String reason = bad instanceof InvalidInputException i ? i.problems().stream().map(Object::toString)
                        .collect(java.util.stream.Collectors.joining("; ")) : bad.getMessage();
                events.add(new WatchEvent(WatchEvent.REJECTED, a.key(), null, null, 0, a.source() + ": " + reason,
                        List.of(), List.of()));
            }
        }
        for (CapRead.Rejected r : batch.rejected()) events.add(WatchEvent.rejected(r));
        AlertView.events(out(), events, output(), style(), terminalWidth());
        boolean terminal = env().stdoutTerminal();
        if (terminal || !events.isEmpty()) batch.notes().forEach(this::info);
        if (events.isEmpty()) {
            if (terminal) info("nothing new (" + seen + " alert(s) already seen)");
            return ExitCodes.OK;
        }
        if (events.stream().anyMatch(WatchEvent::needsAttention)) {
            events.stream().filter(WatchEvent::needsAttention).map(WatchEvent::incident).findFirst()
                    .ifPresent(id -> next("lifeboat incident show " + id + "   ·   lifeboat affected " + id));
            return ExitCodes.ATTENTION;
        }
        return events.stream().anyMatch(e -> WatchEvent.REJECTED.equals(e.event())) ? ExitCodes.USAGE : ExitCodes.OK;
    }

    private List<String> languages() {
        List<String> out = new ArrayList<>();
        if (lang != null && !lang.isBlank()) out.add(lang.strip());
        out.add(env().language());
        return out;
    }
}
