package io.lifeboat.incident;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds and loads regulator profiles: a file path, or the id of a shipped profile (packaged from the
 * repository's {@code regulators/} folder). The default is the PRC 2016 Measures.
 */
public final class RegulatorProfiles {
    public static final String DEFAULT = "cn-tsmm-2016";
    private static final List<String> SHIPPED = List.of("cn-tsmm-2016");

    private RegulatorProfiles() {
    }

    public static List<String> shipped() {
        return SHIPPED;
    }

    public static RegulatorProfile find(String idOrFile) {
        String key = idOrFile == null || idOrFile.isBlank() ? DEFAULT : idOrFile;
        if (SHIPPED.contains(key)) {
            try (InputStream in = RegulatorProfiles.class.getResourceAsStream("/io/lifeboat/regulators/" + key + ".yaml")) {
                if (in == null) throw new IllegalStateException("shipped regulator profile " + key + " is missing from the build");
                return parse("shipped:" + key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Path p = Path.of(key);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException(Problem.general("--regulator " + key,
                    "no such profile; shipped profiles: " + String.join(", ", SHIPPED) + ", or give a YAML file"));
        }
        try {
            return parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.general(p.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** The YAML shape, bound loosely, then checked field by field so every problem is reported. */
    record Raw(String id, Map<String, String> name, String jurisdiction, List<RegulatorProfile.Source> sources,
               String notes, RawReport report, Integer strandedHours, List<RawLevel> levels) {
    }

    record RawReport(String deadline, Map<String, String> authority) {
    }

    record RawLevel(String id, Map<String, String> name, Integer deaths, Integer injured, Integer stranded) {
    }

    static RegulatorProfile parse(String file, String yaml) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Raw raw;
        try {
            raw = mapper.readValue(yaml, Raw.class);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InvalidInputException(new Problem(file, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), null, e.getOriginalMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        if (raw.id() == null || raw.id().isBlank()) problems.add(Problem.general(file, "id: is required"));
        if (raw.name() == null || raw.name().isEmpty()) problems.add(Problem.general(file, "name: is required"));
        if (raw.sources() == null || raw.sources().isEmpty()) {
            problems.add(Problem.general(file, "sources: name at least one source for the thresholds"));
        }
        Duration deadline = null;
        if (raw.report() == null || raw.report().deadline() == null) {
            problems.add(Problem.general(file, "report.deadline: is required (e.g. PT1H)"));
        } else {
            try {
                deadline = Duration.parse(raw.report().deadline());
            } catch (DateTimeParseException e) {
                problems.add(Problem.general(file, "report.deadline: '" + raw.report().deadline()
                        + "' is not an ISO-8601 duration (e.g. PT1H)"));
            }
        }
        List<RegulatorProfile.Level> levels = new ArrayList<>();
        if (raw.levels() == null || raw.levels().isEmpty()) {
            problems.add(Problem.general(file, "levels: at least one level is required"));
        } else {
            RawLevel previous = null;
            for (int i = 0; i < raw.levels().size(); i++) {
                RawLevel l = raw.levels().get(i);
                String at = "levels[" + i + "]";
                if (l.id() == null || l.deaths() == null || l.injured() == null || l.stranded() == null) {
                    problems.add(Problem.general(file, at + ": needs id, deaths, injured and stranded"));
                    continue;
                }
                if (l.deaths() < 1 || l.injured() < 1 || l.stranded() < 1) {
                    problems.add(Problem.general(file, at + ": thresholds must be at least 1"));
                }
                if (previous != null && (l.deaths() > previous.deaths() || l.injured() > previous.injured()
                        || l.stranded() > previous.stranded())) {
                    problems.add(Problem.general(file, at + ": levels must be listed highest first"));
                }
                previous = l;
                levels.add(new RegulatorProfile.Level(l.id(), l.name() == null ? Map.of("en", l.id()) : l.name(),
                        l.deaths(), l.injured(), l.stranded()));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new RegulatorProfile(raw.id(), raw.name(), raw.jurisdiction() == null ? "" : raw.jurisdiction(),
                raw.sources(), deadline, raw.report().authority() == null ? Map.of() : raw.report().authority(),
                raw.strandedHours() == null ? 24 : raw.strandedHours(), levels, file);
    }

}
