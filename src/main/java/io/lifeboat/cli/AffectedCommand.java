package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.render.IncidentAffectedView;
import io.lifeboat.exposure.Exposure;
import io.lifeboat.exposure.ExposureQuery;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.render.ExposureView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code affected --area SPEC... --from T --until T [--kind K,...]}: the exposure query. */
@Command(name = "affected",
        description = {"Who of ours is in this area during this window? One row per affected segment of a",
            "confirmed booking. Several --area options are a union. The window is half-open [from, until):",
            "a segment is affected when start < until and end > from."},
        footerHeading = "%nArea syntax:%n",
        footer = {"  region:CODE[,CODE...]        ISO 3166 codes; CN matches CN-GD and CN-GD-SZ (not CNX)",
            "  circle:LAT,LON,RADIUS_KM     great-circle distance, edge included",
            "  polygon:LAT,LON;LAT,LON;...  corners in order (concave is fine), closed automatically",
            "  @FILE.geojson                Polygon / MultiPolygon / Feature(Collection)",
            "",
            "Examples:",
            "  lifeboat affected --area region:CN-GD,HK,MO --from 2026-07-01T00:00:00+08:00 \\",
            "      --until 2026-07-03T00:00:00+08:00",
            "  lifeboat affected --area circle:22.3,114.17,80 --from 2026-07-01T00:00:00Z \\",
            "      --until 2026-07-02T00:00:00Z --kind hotel,cruise -o csv > affected.csv",
            "  lifeboat affected 12                   incident 12's travelers, highest priority first",
            "  lifeboat affected 12 -o geojson > incident-12.geojson"})
public final class AffectedCommand extends BaseCommand {

    @Parameters(arity = "0..1", paramLabel = "INCIDENT_ID", completionCandidates = Candidates.IncidentIds.class,
            description = "An incident: list what it affects, highest priority first (with priority and reasons).")
    Long incident;

    @Option(names = "--area", paramLabel = "SPEC",
            description = "Area: region:CODES, circle:LAT,LON,KM, polygon:LAT,LON;..., or @FILE.geojson (repeatable).")
    List<String> areas = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Window start, ISO-8601 with offset (inclusive).")
    Instant from;

    @Option(names = "--until", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Window end, ISO-8601 with offset (exclusive).")
    Instant until;

    @Option(names = "--kind", split = ",", paramLabel = "KIND", converter = KindConverter.class,
            completionCandidates = KindConverter.Names.class,
            description = "Only these segment kinds (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<SegmentKind> kinds = new ArrayList<>();

    @Option(names = "--all", description = "With INCIDENT_ID: include segments an alert update took out of the incident.")
    boolean all;

    @Override
    public Integer call() {
        if (incident != null) return forIncident();
        List<String> missing = new ArrayList<>();
        if (areas.isEmpty()) missing.add("--area");
        if (from == null) missing.add("--from");
        if (until == null) missing.add("--until");
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option(s): " + String.join(", ", missing)
                    + " (or give an INCIDENT_ID)");
        }
        ExposureQuery query = new ExposureQuery(AreaSpec.parseAll(areas), new TimeWindow(from, until), Set.copyOf(kinds));
        List<ExposedSegment> rows = new Exposure(existingDb()).find(query);
        switch (output(false)) {
            case JSON -> ExposureView.json(out(), rows);
            case CSV -> ExposureView.csv(out(), rows);
            default -> ExposureView.table(out(), rows, style(), terminalWidth());
        }
        if (!rows.isEmpty()) {
            StringBuilder open = new StringBuilder("lifeboat incident open --playbook ID");
            for (String a : areas) open.append(" --area ").append(a);
            next(open.append(" --from ").append(from).append(" --until ").append(until)
                    .append("   (see 'lifeboat playbook list')").toString());
        }
        return ExitCodes.OK;
    }

    private int forIncident() {
        if (!areas.isEmpty() || from != null || until != null || !kinds.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give either INCIDENT_ID or --area/--from/--until/--kind, not both");
        }
        IncidentService service = new IncidentService(existingDb());
        List<IncidentSegment> rows = service.affected(incident, all);
        switch (output(true)) {
            case JSON -> IncidentAffectedView.json(out(), rows);
            case CSV -> IncidentAffectedView.csv(out(), rows);
            case GEOJSON -> IncidentAffectedView.geojson(out(), service.get(incident), rows);
            default -> IncidentAffectedView.table(out(), rows, style(), terminalWidth(), env().language());
        }
        next("lifeboat task list " + incident + "   ·   lifeboat incident show " + incident);
        return ExitCodes.OK;
    }
}
