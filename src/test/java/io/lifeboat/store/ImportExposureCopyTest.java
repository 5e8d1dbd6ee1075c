package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.lifeboat.TestDb;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.ProgressListener;
import io.lifeboat.dataset.Dataset;
import io.lifeboat.dataset.ImportSummary;
import io.lifeboat.dataset.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports rebuild SQLite's exposure copy in bulk instead of through its triggers: after every kind of
 * import the copy, its R*Tree and its triggers must be exactly what the version 9 migration builds from
 * the same segments and bookings, and a failed import must leave all three as they were.
 */
class ImportExposureCopyTest {
    private static final String BOOKING_HEADER = "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status\n";
    private static final String SEGMENT_HEADER = "booking_id,seq,kind,supplier_id,place,region,lat,lon,start,end\n";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        assumeFalse(TestDb.postgres(), "SQLite only: PostgreSQL has no copy");
        db = Database.open(dir.resolve("copy.db").toString());
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    @Test
    void freshImportsThenReimportsBuildTheSameCopyAsTheMigration() throws Exception {
        assertThat(load(Dataset.BOOKINGS, bookings(200, "standard", i -> false))).isEqualTo(List.of(200L, 0L, 0L));
        assertThat(load(Dataset.SEGMENTS, segments(200, 0, i -> false))).isEqualTo(List.of(600L, 0L, 0L));
        assertMatchesMigration(600);

        assertThat(load(Dataset.SEGMENTS, segments(200, 0, i -> false))).isEqualTo(List.of(0L, 0L, 600L));
        assertThat(load(Dataset.BOOKINGS, bookings(200, "standard", i -> false))).isEqualTo(List.of(0L, 0L, 200L));
        assertMatchesMigration(600);
    }

    @Test
    void updatesOfAFewSegmentsAndBookingsRebuildOnlyTheirRows() throws Exception {
        load(Dataset.BOOKINGS, bookings(200, "standard", i -> false));
        load(Dataset.SEGMENTS, segments(200, 0, i -> false));

        // Some segments move in space and time (new cluster key), some only change place text, and a few
        // new bookings get their first segments.
        assertThat(load(Dataset.BOOKINGS, bookings(210, "standard", i -> false))).isEqualTo(List.of(10L, 0L, 200L));
        assertThat(load(Dataset.SEGMENTS, segments(210, 7, i -> i % 17 == 0))).isEqualTo(List.of(30L, 57L, 543L));
        assertMatchesMigration(630);

        // Booking fields change for a few bookings: every segment of theirs follows.
        assertThat(load(Dataset.BOOKINGS, bookings(210, "vip", i -> i % 13 == 0))).isEqualTo(List.of(0L, 16L, 194L));
        assertMatchesMigration(630);
    }

    @Test
    void deletedSegmentsComeBackOnReimport() throws Exception {
        load(Dataset.BOOKINGS, bookings(100, "standard", i -> false));
        Path file = segments(100, 0, i -> false);
        load(Dataset.SEGMENTS, file);
        try (Statement st = db.connection().createStatement()) {
            // The highest ids too, so SQLite hands them out again to the re-imported rows.
            st.execute("DELETE FROM segment WHERE booking_id IN ('B0003', 'B0050', 'B0100')");
        }
        assertMatchesMigration(291);
        assertThat(load(Dataset.SEGMENTS, file)).isEqualTo(List.of(9L, 0L, 291L));
        assertMatchesMigration(300);
    }

    @Test
    void changingMostRowsRebuildsTheWholeCopy() throws Exception {
        load(Dataset.BOOKINGS, bookings(100, "standard", i -> false));
        load(Dataset.SEGMENTS, segments(100, 0, i -> false));
        assertThat(load(Dataset.SEGMENTS, segments(100, 30, i -> true))).isEqualTo(List.of(0L, 300L, 0L));
        assertMatchesMigration(300);
        assertThat(load(Dataset.BOOKINGS, bookings(100, "vip", i -> true))).isEqualTo(List.of(0L, 100L, 0L));
        assertMatchesMigration(300);
        // The triggers work again afterwards.
        try (Statement st = db.connection().createStatement()) {
            st.execute("UPDATE segment SET lat = lat + 5 WHERE booking_id = 'B0007'");
            st.execute("UPDATE booking SET status = 'cancelled' WHERE booking_id = 'B0008'");
        }
        assertMatchesMigration(300);
    }

    @Test
    void aFailedImportLeavesTheCopyAndItsTriggersAsTheyWere() throws Exception {
        load(Dataset.BOOKINGS, bookings(100, "standard", i -> false));
        load(Dataset.SEGMENTS, segments(100, 0, i -> false));
        List<List<Object>> copy = rows("SELECT * FROM exposure_segment ORDER BY exposure_id");
        List<List<Object>> triggers = rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");

        // Every row valid but the last (an unknown booking): the failure comes after all the writes.
        Path bad = segments(100, 30, i -> true);
        Files.writeString(bad, Files.readString(bad) + "NOPE,1,hotel,,Hotel,HK,22.3,114.1,"
                + "2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n");
        assertThatThrownBy(() -> load(Dataset.SEGMENTS, bad)).isInstanceOf(InvalidInputException.class);
        Path badBookings = bookings(100, "vip", i -> true);
        Files.writeString(badBookings, Files.readString(badBookings) + "B9999,,1,,,en,standard,,confirmed\n");
        assertThatThrownBy(() -> load(Dataset.BOOKINGS, badBookings)).isInstanceOf(InvalidInputException.class);

        assertThat(rows("SELECT * FROM exposure_segment ORDER BY exposure_id")).isEqualTo(copy);
        assertThat(rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).isEqualTo(triggers);
        assertThat(rows("SELECT name FROM temp.sqlite_master")).isEmpty();
        assertMatchesMigration(300);
    }

    /** Imports a file; returns inserted, updated, unchanged. */
    private List<Long> load(Dataset dataset, Path file) {
        ImportSummary s = new Importer(db).run(dataset, file, ProgressListener.NONE);
        return List.of(s.inserted(), s.updated(), s.unchanged());
    }

    /** Bookings B0001..; those {@code changed} picks get a different name and {@code tier}. */
    private Path bookings(int n, String tier, IntPredicate changed) throws Exception {
        StringBuilder sb = new StringBuilder(BOOKING_HEADER);
        for (int i = 1; i <= n; i++) {
            boolean c = changed.test(i);
            sb.append(String.format(Locale.ROOT, "B%04d,%s %d,%d,,,en,%s,%s,confirmed%n", i, c ? "Renamed" : "Lead",
                    i, 1 + i % 5, c ? tier : "standard", c ? "wheelchair" : ""));
        }
        Path file = Files.createTempFile(dir, "bookings", ".csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    /**
     * Three segments for each of bookings 1..n, spread over days and 2-degree cells; those {@code moved}
     * picks are shifted by {@code shift} days and degrees, and every 25th of the others gets a new place.
     */
    private Path segments(int n, int shift, IntPredicate moved) throws Exception {
        StringBuilder sb = new StringBuilder(SEGMENT_HEADER);
        for (int i = 1; i <= n; i++) {
            for (int seq = 1; seq <= 3; seq++) {
                boolean m = moved.test(i);
                int d = m ? shift : 0;
                int day = 1 + (i * 7 + seq * 3 + d) % 28;
                double lat = -40 + (i * 13 + seq * 5 + d) % 80 + 0.25;
                double lon = -170 + (i * 29 + seq * 11 + d) % 340 + 0.5;
                String place = !m && shift > 0 && i % 25 == 0 ? "Moved hotel" : "Hotel";
                sb.append(String.format(Locale.ROOT, "B%04d,%d,hotel,,%s %d,HK,%.5f,%.5f,2026-07-%02dT15:00:00+08:00,"
                        + "2026-07-%02dT12:00:00+08:00%n", i, seq, place, seq, lat, lon, day, day + 1));
            }
        }
        Path file = Files.createTempFile(dir, "segments", ".csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    /**
     * The copy, its R*Tree and its triggers equal those the version 9 migration builds from a snapshot of the
     * same segments and bookings.
     */
    private void assertMatchesMigration(int segments) throws Exception {
        Path snapshot = Files.createTempFile(dir, "rebuilt", ".db");
        Files.delete(snapshot);
        try (PreparedStatement ps = db.connection().prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, snapshot.toString());
            ps.execute();
        }
        try (Database rebuilt = Database.open(snapshot.toString());
             Statement st = rebuilt.connection().createStatement()) {
            for (String name : List.of("exposure_segment_insert", "exposure_segment_update", "exposure_segment_delete",
                    "exposure_booking_update")) {
                st.execute("DROP TRIGGER " + name);
            }
            st.execute("DROP TABLE exposure_segment");
            st.execute("DROP TABLE exposure_segment_box");
            for (String sql : ExposureCopy.migration()) st.execute(sql);
            for (String sql : List.of("SELECT * FROM exposure_segment ORDER BY exposure_id",
                    "SELECT * FROM exposure_segment_box ORDER BY id",
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
                assertThat(rows(sql)).as(sql).isEqualTo(ExposureClusterTest.rows(rebuilt, sql));
            }
        }
        assertThat(rows("SELECT COUNT(*) FROM exposure_segment")).containsExactly(List.of(segments));
        assertThat(rows("SELECT name FROM temp.sqlite_master")).as("no notes left behind").isEmpty();
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        return ExposureClusterTest.rows(db, sql);
    }
}
