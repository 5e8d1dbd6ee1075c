package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.TestDb;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.common.ProgressListener;
import io.lifeboat.store.BookingRepository;
import io.lifeboat.store.Database;
import io.lifeboat.store.SegmentRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate keys are found by 64-bit fingerprints first. Two different keys may share one: then both rows
 * must land, and only real duplicates be reported. Forced here with fingerprints that collide on purpose.
 */
class ImportFingerprintCollisionTest {
    private static final String BOOKING_HEADER = "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status\n";
    private static final String SEGMENT_HEADER = "booking_id,seq,kind,supplier_id,place,region,lat,lon,start,end\n";
    /** Every key the same fingerprint. */
    private static final ToLongFunction<String> ALL_COLLIDE = key -> 42L;
    /** Keys of the same length collide, so neighbours in a file of numbered ids do. */
    private static final ToLongFunction<String> BY_LENGTH = String::length;

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(TestDb.fresh(dir, "collide.db"), TestDb.environment());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rowsWhoseKeysOnlyShareAFingerprintAllLand() throws Exception {
        Path file = bookings(5_000);
        ImportSummary s = importer(ALL_COLLIDE, 100_000).run(Dataset.BOOKINGS, file, ProgressListener.NONE);
        assertThat(s.inserted()).isEqualTo(5_000);
        assertThat(new BookingRepository(db).count()).isEqualTo(5_000);

        ImportSummary again = importer(BY_LENGTH, 100_000).run(Dataset.BOOKINGS, file, ProgressListener.NONE);
        assertThat(List.of(again.inserted(), again.updated(), again.unchanged())).containsExactly(0L, 0L, 5_000L);
    }

    @Test
    void moreCollisionsThanCanBeHeldAreReadAgainAndLand() throws Exception {
        Path file = bookings(5_000);
        ImportSummary s = importer(ALL_COLLIDE, 10).run(Dataset.BOOKINGS, file, ProgressListener.NONE);
        assertThat(s.inserted()).isEqualTo(5_000);
        assertThat(new BookingRepository(db).count()).isEqualTo(5_000);
    }

    @Test
    void realDuplicatesAmongCollisionsAreReportedOnceAndNothingLands() throws Exception {
        for (int limit : new int[] {100_000, 10}) {
            Path file = dir.resolve("dup" + limit + ".csv");
            Files.writeString(file, Files.readString(bookings(3_000))
                    + "B00017,Again,1,,,en,standard,,confirmed\n");
            assertThatThrownBy(() -> importer(ALL_COLLIDE, limit).run(Dataset.BOOKINGS, file, ProgressListener.NONE))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(lines(e.problems()))
                            .containsExactly(file + ":3002: booking_id: duplicate key B00017 (first at line 18)"));
            assertThat(new BookingRepository(db).count()).isZero();
        }
    }

    @Test
    void setAsideRowsAreCheckedForTheirParentsToo() throws Exception {
        importer(BY_LENGTH, 100_000).run(Dataset.BOOKINGS, bookings(3), ProgressListener.NONE);
        String segment = ",hotel,,Hotel,HK,22.3,114.17,2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n";
        Path file = dir.resolve("segments.csv");
        Files.writeString(file, SEGMENT_HEADER + "B00001,1" + segment + "B00002,1" + segment + "B00009,1" + segment
                + "B00003,1" + segment);
        assertThatThrownBy(() -> importer(BY_LENGTH, 100_000).run(Dataset.SEGMENTS, file, ProgressListener.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(lines(e.problems()))
                        .containsExactly(file + ":4: booking_id: unknown booking 'B00009'"
                                + " (import it with 'lifeboat import bookings' first)"));
        assertThat(new SegmentRepository(db).count()).isZero();

        Files.writeString(file, SEGMENT_HEADER + "B00001,1" + segment + "B00002,1" + segment + "B00003,1" + segment
                + "B00003,2" + segment);
        ImportSummary s = importer(BY_LENGTH, 100_000).run(Dataset.SEGMENTS, file, ProgressListener.NONE);
        assertThat(s.inserted()).isEqualTo(4);
    }

    private Importer importer(ToLongFunction<String> fingerprint, int setAsideLimit) {
        return new Importer(db, null, null, fingerprint, setAsideLimit);
    }

    private Path bookings(int n) throws Exception {
        StringBuilder sb = new StringBuilder(BOOKING_HEADER);
        for (int i = 1; i <= n; i++) sb.append(String.format("B%05d,Lead %d,2,,,en,standard,,confirmed%n", i, i));
        Path file = Files.createTempFile(dir, "bookings", ".csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    private static List<String> lines(List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) out.add(p.toString());
        return out;
    }
}
