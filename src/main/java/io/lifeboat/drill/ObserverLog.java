package io.lifeboat.drill;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.dataset.CsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An observer's log of off-tool actions: CSV with the header {@code expected_id, at, actor, note} ({@code at}
 * ISO-8601 with an offset; {@code actor} and {@code note} may be empty). Every bad row is reported with its
 * line and field, all at once.
 */
public final class ObserverLog {
    public static final List<String> COLUMNS = List.of("expected_id", "at", "actor", "note");

    /** A row of the log and the line it starts on. */
    public record Row(long line, String expectedId, long atMs, String actor, String note) {
    }

    private ObserverLog() {
    }

    public static List<Row> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.general(file.toString(), "no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> read(String name, InputStream in) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(name, in, COLUMNS)) {
            while (csv.next()) {
                long line = csv.line();
                if (csv.width() != csv.expectedWidth()) {
                    problems.add(Problem.at(name, line, null, "has " + csv.width() + " fields, expected "
                            + csv.expectedWidth() + " (" + String.join(", ", COLUMNS) + ")"));
                    continue;
                }
                String expected = csv.get(0).strip();
                String at = csv.get(1).strip();
                if (expected.isEmpty()) problems.add(Problem.at(name, line, "expected_id", "is empty"));
                Long atMs = null;
                try {
                    atMs = OffsetDateTime.parse(at).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    problems.add(Problem.at(name, line, "at", "'" + at + "' is not an ISO-8601 time with an offset"
                            + " (e.g. 2026-07-01T08:30:00+08:00)"));
                }
                if (!expected.isEmpty() && atMs != null) {
                    String actor = csv.get(2).strip();
                    String note = csv.get(3).strip();
                    rows.add(new Row(line, expected, atMs, actor.isEmpty() ? null : actor, note.isEmpty() ? null : note));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return rows;
    }

    /** Checks every row names an expected action of {@code drill}. */
    public static void check(String name, List<Row> rows, Drill drill) {
        List<Problem> problems = new ArrayList<>();
        for (Row r : rows) {
            if (drill.expectedAction(r.expectedId()).isEmpty()) {
                problems.add(Problem.at(name, r.line(), "expected_id", "drill " + drill.id() + " expects no action '"
                        + r.expectedId() + "'"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    public static List<Occurrence> occurrences(List<Row> rows) {
        return rows.stream().map(r -> Occurrence.logged(r.expectedId(), r.atMs(), r.actor(), r.note())).toList();
    }
}
