package io.lifeboat.alert;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.exposure.AreaSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps CAP {@code <geocode>} values to Lifeboat region codes, from a CSV file with the header
 * {@code value_name,value,region} (for example {@code SAME,006109,US-CA}). Without a mapping, geocodes are
 * kept with the alert but never matched: a code scheme's numbers mean nothing to the booking data.
 */
public final class GeocodeMap {
    public static final GeocodeMap EMPTY = new GeocodeMap(Map.of());

    private final Map<String, List<String>> regions;

    private GeocodeMap(Map<String, List<String>> regions) {
        this.regions = regions;
    }

    /** The region codes for a geocode, or an empty list. */
    public List<String> regions(CapArea.Geocode g) {
        return regions.getOrDefault(key(g.valueName(), g.value()), List.of());
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }

    private static String key(String valueName, String value) {
        return valueName.strip().toUpperCase(Locale.ROOT) + "\n" + value.strip();
    }

    /** Reads a mapping file; every bad row is reported with its line (exit 2). */
    public static GeocodeMap load(Path file) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> out = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, format)) {
            for (String column : List.of("value_name", "value", "region")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    problems.add(Problem.at(name, 1, column, "missing column (header: value_name,value,region)"));
                }
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            for (CSVRecord row : csv) {
                long line = csv.getCurrentLineNumber();
                String valueName = row.get("value_name");
                String value = row.get("value");
                String region = row.get("region").toUpperCase(Locale.ROOT);
                if (valueName.isEmpty()) problems.add(Problem.at(name, line, "value_name", "empty"));
                if (value.isEmpty()) problems.add(Problem.at(name, line, "value", "empty"));
                try {
                    AreaSpec.parse("region:" + region);
                } catch (InvalidInputException e) {
                    problems.add(Problem.at(name, line, "region", "'" + region + "' is not a region code (CN-GD, HK)"));
                    continue;
                }
                if (!valueName.isEmpty() && !value.isEmpty()) {
                    out.computeIfAbsent(key(valueName, value), k -> new ArrayList<>()).add(region);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException(Problem.general(name, Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "no such file (--geocodes FILE)"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new GeocodeMap(out);
    }
}
