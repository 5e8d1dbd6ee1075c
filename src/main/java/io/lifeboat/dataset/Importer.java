package io.lifeboat.dataset;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.common.ProgressListener;
import io.lifeboat.model.Segment;
import io.lifeboat.store.BookingRepository;
import io.lifeboat.store.BulkWrite;
import io.lifeboat.store.Database;
import io.lifeboat.store.SegmentRepository;
import io.lifeboat.store.SupplierRepository;
import io.lifeboat.store.Upserter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Loads one CSV file into the store as a single transaction. Every row is validated; if any row is
 * bad, every problem is reported and nothing lands. Rows are upserted by natural key, so loading the
 * same file twice changes nothing the second time.
 */
public final class Importer {
    /** Rows checked against the booking table together, and written together. */
    private static final int CHUNK = 2000;

    /**
     * About the size of a row of bookings or segments: sizes the duplicate-key set from the file's size, so
     * that it need not grow (each growth re-inserts every key) without taking much more memory than needed.
     */
    private static final int BYTES_PER_ROW = 128;
    /** At most this many rows whose key fingerprints were seen before are held until checked exactly. */
    private static final int SET_ASIDE_LIMIT = 100_000;

    private final Database db;
    private final Clock clock;
    private final String actor;
    private final ToLongFunction<String> fingerprint;
    private final int setAsideLimit;

    /** An importer that does not write to the audit log (tests, benchmarks, the demo generator). */
    public Importer(Database db) {
        this(db, null, null);
    }

    /**
     * An importer that appends {@code import.<dataset>} to the audit log, in the same transaction as
     * the rows, whenever an import changes anything (a no-op re-import leaves no entry, so cron can
     * re-import every few minutes without growing the log).
     */
    public Importer(Database db, Clock clock, String actor) {
        this(db, clock, actor, FingerprintSet::fingerprint, SET_ASIDE_LIMIT);
    }

    /** Tests force fingerprint collisions and the set-aside overflow with these. */
    Importer(Database db, Clock clock, String actor, ToLongFunction<String> fingerprint, int setAsideLimit) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
        this.fingerprint = fingerprint;
        this.setAsideLimit = setAsideLimit;
    }

    public ImportSummary run(Dataset dataset, Path file, ProgressListener progress) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.general(name, Files.exists(file)
                    ? "not a regular file" : "no such file"));
        }
        return switch (dataset) {
            case BOOKINGS -> load(dataset, file, progress, new BookingRepository(db).upserter(),
                    () -> new BookingRepository(db).count(), () -> new BookingRepository(db).beginBulkWrite(), null);
            case SEGMENTS -> {
                BookingRepository bookings = new BookingRepository(db);
                Upserter<Segment> up = new SegmentRepository(db).upserter();
                yield load(dataset, file, progress, up, () -> new SegmentRepository(db).count(),
                        () -> new SegmentRepository(db).beginBulkWrite(),
                        new ParentCheck<Segment>(Segment::bookingId, bookings));
            }
            case SUPPLIERS -> load(dataset, file, progress, new SupplierRepository(db).upserter(),
                    () -> new SupplierRepository(db).count(), () -> BulkWrite.NONE, null);
        };
    }

    private interface Counter {
        long count();
    }

    /** Checks that rows reference existing bookings, a chunk at a time. */
    private record ParentCheck<T>(java.util.function.Function<T, String> parent, BookingRepository bookings) {
        void check(List<T> rows, List<Long> lines, String file, List<Problem> problems) {
            Set<String> wanted = new LinkedHashSet<>();
            for (T r : rows) wanted.add(parent.apply(r));
            Set<String> found = bookings.existing(wanted);
            if (found.size() == wanted.size()) return;
            for (int i = 0; i < rows.size(); i++) {
                String id = parent.apply(rows.get(i));
                if (!found.contains(id)) {
                    problems.add(Problem.at(file, lines.get(i), "booking_id",
                            "unknown booking '" + id + "' (import it with 'lifeboat import bookings' first)"));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> ImportSummary load(Dataset dataset, Path file, ProgressListener progress, Upserter<T> upserter,
                                   Counter counter, Supplier<BulkWrite> bulkWrite, ParentCheck<T> parentCheck) {
        CsvCodec<T> codec = (CsvCodec<T>) dataset.codec();
        String name = file.toString();
        long size = sizeOf(file);
        try (upserter) {
            return db.writingMany(() -> db.inTransaction(c -> {
                long before = counter.count();
                BulkWrite bulk = bulkWrite.get();
                List<Problem> problems = new ArrayList<>();
                FingerprintSet keys = new FingerprintSet(size / BYTES_PER_ROW);
                Landing<T> landing = new Landing<>(codec, setAsideLimit, problems, name, upserter, parentCheck);
                long rows = 0;
                progress.start("import " + dataset.code(), size);
                try (CsvRows csv = CsvRows.open(name, () -> open(file), codec.columns());
                     ParallelCheck<T> checker = new ParallelCheck<>(codec, fingerprint, keys, csv, CHUNK)) {
                    for (ParallelCheck.Checked<T> checked; (checked = checker.next()) != null; ) {
                        landing.land(checked);
                        progress.advanceTo(checker.position());
                    }
                    rows = checker.rows();
                } finally {
                    progress.finish();
                }
                if (!landing.suspects.isEmpty()) {
                    // What remains of the suspects are keys that only shared a fingerprint: real rows.
                    landing.suspects.removeAll(confirmDuplicates(file, codec, landing.suspects, problems));
                    if (landing.setAsideOverflow) {
                        if (!landing.suspects.isEmpty()) writeSuspects(file, codec, landing);
                    } else {
                        landing.writeSetAside();
                    }
                }
                if (!problems.isEmpty()) {
                    problems.sort((a, b) -> Long.compare(a.line(), b.line()));
                    throw new InvalidInputException(problems);
                }
                upserter.flush();
                bulk.finish();
                long after = counter.count();
                long inserted = after - before;
                long updated = upserter.changed() - inserted;
                ImportSummary summary = new ImportSummary(dataset.code(), name, rows, inserted, updated,
                        rows - inserted - updated);
                if (clock != null && inserted + updated > 0) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("file", name);
                    details.put("rows", rows);
                    details.put("inserted", inserted);
                    details.put("updated", updated);
                    details.put("unchanged", summary.unchanged());
                    new AuditLog(db).record(clock.instant(), actor, "import." + dataset.code(), null, details);
                }
                return summary;
            }));
        }
    }

    /**
     * Lands checked batches in file order on the caller's thread: the parent check against the database and
     * the upserts (skipped once anything is wrong, as the transaction will roll back; reading goes on only to
     * report).
     *
     * <p>A row whose key fingerprint the checking threads had seen before (a repeat) is a duplicate or, very
     * rarely, a different key with the same fingerprint. Its row is set aside, not written, until the second
     * pass over the file has told the two apart; rows of keys that turn out unique are then written like the
     * others.
     */
    private static final class Landing<T> {
        private final CsvCodec<T> codec;
        private final Set<String> suspects = new HashSet<>();
        private final List<T> setAside = new ArrayList<>();
        private final List<Long> setAsideLines = new ArrayList<>();
        private final int setAsideLimit;
        private boolean setAsideOverflow;
        private final List<Problem> problems;
        private final String file;
        private final Upserter<T> upserter;
        private final ParentCheck<T> parentCheck;

        Landing(CsvCodec<T> codec, int setAsideLimit, List<Problem> problems, String file,
                Upserter<T> upserter, ParentCheck<T> parentCheck) {
            this.codec = codec;
            this.setAsideLimit = setAsideLimit;
            this.problems = problems;
            this.file = file;
            this.upserter = upserter;
            this.parentCheck = parentCheck;
        }

        void land(ParallelCheck.Checked<T> checked) {
            problems.addAll(checked.problems());
            int[] repeats = checked.repeats();
            if (repeats.length == 0) {
                write(checked.values(), checked.lines());
                return;
            }
            List<T> chunk = new ArrayList<>(checked.values().size());
            List<Long> lines = new ArrayList<>(checked.values().size());
            for (int i = 0, r = 0; i < checked.values().size(); i++) {
                T value = checked.values().get(i);
                if (r < repeats.length && repeats[r] == i) {
                    r++;
                    suspects.add(codec.key(value));
                    // Past the limit (a file with many real duplicates), rows are no longer held in memory;
                    // should they all prove unique after all, a third pass reads them again.
                    if (setAside.size() < setAsideLimit) {
                        setAside.add(value);
                        setAsideLines.add(checked.lines().get(i));
                    } else {
                        setAsideOverflow = true;
                    }
                    continue;
                }
                chunk.add(value);
                lines.add(checked.lines().get(i));
            }
            write(chunk, lines);
        }

        /** Checks parents and upserts, unless the import has already failed. */
        void write(List<T> chunk, List<Long> lines) {
            if (chunk.isEmpty()) return;
            if (parentCheck != null) parentCheck.check(chunk, lines, file, problems);
            if (problems.isEmpty()) {
                for (T v : chunk) upserter.add(v);
            }
        }

        /** Writes the set-aside rows whose keys are still suspects (now known unique), in chunks. */
        void writeSetAside() {
            List<T> chunk = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (int i = 0; i < setAside.size(); i++) {
                if (!suspects.contains(codec.key(setAside.get(i)))) continue;
                chunk.add(setAside.get(i));
                lines.add(setAsideLines.get(i));
                if (chunk.size() == CHUNK) {
                    write(chunk, lines);
                    chunk = new ArrayList<>();
                    lines = new ArrayList<>();
                }
            }
            write(chunk, lines);
        }
    }

    /**
     * Second pass over the file, only for keys whose fingerprints were seen before: reports the real
     * duplicates exactly, and returns their keys.
     */
    private <T> Set<String> confirmDuplicates(Path file, CsvCodec<T> codec, Set<String> suspects,
                                              List<Problem> problems) {
        Set<String> duplicates = new HashSet<>();
        Map<String, Long> firstLine = new HashMap<>();
        reread(file, codec, suspects, (key, value, line) -> {
            Long first = firstLine.putIfAbsent(key, line);
            if (first != null) {
                duplicates.add(key);
                problems.add(Problem.at(file.toString(), line, codec.keyField(),
                        "duplicate key " + key.replace('\u0000', ',') + " (first at line " + first + ")"));
            }
        });
        return duplicates;
    }

    /** Third pass, only when too many rows were set aside to hold: writes the rows of the suspected keys. */
    private <T> void writeSuspects(Path file, CsvCodec<T> codec, Landing<T> landing) {
        List<T> chunk = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        reread(file, codec, landing.suspects, (key, value, line) -> {
            chunk.add(value);
            lines.add(line);
            if (chunk.size() == CHUNK) {
                landing.write(chunk, lines);
                chunk.clear();
                lines.clear();
            }
        });
        landing.write(chunk, lines);
    }

    private interface KeyedRow<T> {
        void accept(String key, T value, long line);
    }

    /** Reads the file again and hands over the valid rows whose keys are in {@code keys}, in file order. */
    private static <T> void reread(Path file, CsvCodec<T> codec, Set<String> keys, KeyedRow<T> each) {
        List<Problem> ignored = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(file.toString(), () -> open(file), codec.columns())) {
            RowCheck check = new RowCheck(csv, codec.columns(), ignored);
            while (csv.next()) {
                check.begin();
                T value = codec.read(check);
                if (value == null) continue;
                String key = codec.key(value);
                if (keys.contains(key)) each.accept(key, value, csv.line());
            }
        }
    }

    static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.general(file.toString(), "no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
