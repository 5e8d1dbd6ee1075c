package io.lifeboat.dataset;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.Demand;
import io.lifeboat.model.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two files of {@code realloc solve} into memory, validating every row: the demand file and a
 * supplier file in the import format. All problems of both files are reported together; nothing is stored.
 */
public final class ReallocFiles {
    private ReallocFiles() {
    }

    /** A value read from a file and the line it starts on, for messages about it. */
    public record Line<T>(T value, long line) {
    }

    /** Both files, read and checked: rows of the demand file and of the supplier file. */
    public record Input(String demandFile, List<Line<Demand>> demand, String supplierFile, List<Line<Supplier>> suppliers) {
    }

    public static List<String> demandColumns() {
        return DemandCsv.COLUMNS;
    }

    /**
     * Reads both files; throws {@link InvalidInputException} with every problem found (bad fields, duplicate
     * keys, suppliers that do not share one currency).
     */
    public static Input read(Path demand, Path suppliers) {
        List<Problem> problems = new ArrayList<>();
        List<Line<Demand>> d = read(demand, new DemandCsv(), problems);
        List<Line<Supplier>> s = read(suppliers, new SupplierCsv(), problems);
        if (s != null) problems.addAll(currencyProblems(suppliers.toString(), s));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Input(demand.toString(), d, suppliers.toString(), s);
    }

    /** One plan has one currency: every supplier whose currency differs from the first row's is a problem. */
    static List<Problem> currencyProblems(String file, List<Line<Supplier>> suppliers) {
        List<Problem> out = new ArrayList<>();
        if (suppliers.isEmpty()) return out;
        Line<Supplier> first = suppliers.get(0);
        for (Line<Supplier> l : suppliers) {
            if (!l.value().currency().equals(first.value().currency())) {
                out.add(Problem.at(file, l.line(), "currency", l.value().currency() + " differs from "
                        + first.value().currency() + " (line " + first.line() + "); all suppliers of one plan must "
                        + "share a currency: give a file per currency"));
            }
        }
        return out;
    }

    private static <T> List<Line<T>> read(Path file, CsvCodec<T> codec, List<Problem> problems) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.general(name, Files.exists(file) ? "not a regular file" : "no such file"));
            return null;
        }
        List<Line<T>> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvRows csv = CsvRows.open(name, Importer.open(file), codec.columns())) {
            RowCheck check = new RowCheck(csv, codec.columns(), problems);
            while (csv.next()) {
                check.begin();
                T value = codec.read(check);
                if (value == null) continue;
                Long first = seen.putIfAbsent(codec.key(value), csv.line());
                if (first != null) {
                    problems.add(Problem.at(name, csv.line(), codec.keyField(), "duplicate key " + codec.key(value)
                            + " (first at line " + first + ")"));
                    continue;
                }
                out.add(new Line<>(value, csv.line()));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
        return out;
    }
}
