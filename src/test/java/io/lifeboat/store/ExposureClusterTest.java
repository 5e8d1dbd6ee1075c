package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's clustered copy of the exposure rows (version 9): after every kind of write to segments and
 * bookings, {@code exposure_segment} holds exactly the segments joined to their bookings, and its R*Tree
 * exactly one box per row.
 */
class ExposureClusterTest {
    /** The copy as it must be: every segment with its booking's fields. */
    private static final String EXPECTED = "SELECT s.segment_id, s.booking_id, s.seq, s.kind, s.supplier_id, s.place,"
            + " s.region, s.lat, s.lon, s.starts_at, s.ends_at, s.starts_ms, s.ends_ms, b.lead_name, b.party_size,"
            + " b.tier, b.needs, b.status FROM segment s JOIN booking b ON b.booking_id = s.booking_id"
            + " ORDER BY s.segment_id";
    private static final String ACTUAL = "SELECT segment_id, booking_id, seq, kind, supplier_id, place, region, lat, lon,"
            + " starts_at, ends_at, starts_ms, ends_ms, lead_name, party_size, tier, needs, status FROM exposure_segment"
            + " ORDER BY segment_id";
    /** Boxes without a row, rows without their box, or boxes that do not contain their row. */
    private static final String BOX_MISMATCHES = "SELECT (SELECT COUNT(*) FROM exposure_segment_box r"
            + " WHERE NOT EXISTS (SELECT 1 FROM exposure_segment x WHERE x.exposure_id = r.id))"
            + " + (SELECT COUNT(*) FROM exposure_segment x WHERE NOT EXISTS (SELECT 1 FROM exposure_segment_box r"
            + " WHERE r.id = x.exposure_id AND r.min_lon <= x.lon AND r.max_lon >= x.lon AND r.min_lat <= x.lat"
            + " AND r.max_lat >= x.lat AND r.min_t <= x.starts_ms / 1000 AND r.max_t >= x.ends_ms / 1000))";

    @TempDir
    Path dir;

    @Test
    void theCopyFollowsInsertsUpdatesAndDeletesOfSegmentsAndBookings() throws Exception {
        assumeFalse(TestDb.postgres(), "SQLite only: PostgreSQL queries segment and booking directly");
        try (Database db = Database.open(dir.resolve("sync.db").toString());
             Statement st = db.connection().createStatement()) {
            st.execute("INSERT INTO booking VALUES ('B1','Ann Lee',2,NULL,NULL,'en','vip','wheelchair','confirmed'),"
                    + " ('B2','Bo Chan',4,'+85291234567',NULL,'zh-HK','standard','','confirmed')");
            st.execute("INSERT INTO segment (booking_id, seq, kind, supplier_id, place, region, lat, lon, starts_at,"
                    + " ends_at, starts_ms, ends_ms) VALUES"
                    + " ('B1',1,'hotel','H1','Hotel','HK',22.3,114.17,'2026-07-01T15:00:00+08:00',"
                    + "'2026-07-03T12:00:00+08:00',1782889200000,1783051200000),"
                    + " ('B1',2,'flight',NULL,'Flight','JP-13',35.55,139.78,'2026-07-03T15:00:00+08:00',"
                    + "'2026-07-03T19:00:00+08:00',1783062000000,1783076400000),"
                    + " ('B2',1,'cruise','C1','Cruise','CN-GD-SZ',22.48,113.91,'2026-07-02T18:00:00+08:00',"
                    + "'2026-07-06T09:00:00+08:00',1782986400000,1783299600000)");
            assertInStep(db, 3);

            // Moving in space and time changes the cluster key; other columns change in place.
            st.execute("UPDATE segment SET lat = -33.86, lon = 151.21, starts_ms = starts_ms + 86400000 * 40,"
                    + " ends_ms = ends_ms + 86400000 * 40"
                    + " WHERE booking_id = 'B1' AND seq = 1");
            st.execute("UPDATE segment SET place = 'Cruise ship', supplier_id = NULL WHERE booking_id = 'B2'");
            assertInStep(db, 3);

            // The booking's fields follow its updates, for every segment of it.
            st.execute("UPDATE booking SET lead_name = 'Ann Lee-Wong', party_size = 3, tier = 'standard', needs = '',"
                    + " status = 'cancelled' WHERE booking_id = 'B1'");
            assertInStep(db, 3);

            // The import's upsert path (insert or update by booking and seq).
            st.execute("INSERT INTO segment (booking_id, seq, kind, supplier_id, place, region, lat, lon, starts_at,"
                    + " ends_at, starts_ms, ends_ms) VALUES ('B2',1,'cruise','C2','Cruise','HK',22.28,114.16,"
                    + "'2026-07-02T18:00:00+08:00','2026-07-06T09:00:00+08:00',1782986400000,1783299600000)"
                    + " ON CONFLICT (booking_id, seq) DO UPDATE SET supplier_id = excluded.supplier_id,"
                    + " region = excluded.region, lat = excluded.lat, lon = excluded.lon");
            assertInStep(db, 3);

            st.execute("DELETE FROM segment WHERE booking_id = 'B1' AND seq = 2");
            assertInStep(db, 2);
            st.execute("DELETE FROM segment");
            assertInStep(db, 0);
        }
    }

    @Test
    void aVersionEightFileGetsTheCopyOfItsRowsOnUpgrade() throws Exception {
        assumeFalse(TestDb.postgres(), "SQLite only");
        String file = dir.resolve("v8.db").toString();
        try (Database v8 = Database.open(file, 8);
             Statement st = v8.connection().createStatement()) {
            st.execute("INSERT INTO booking VALUES ('B1','Old Timer',2,NULL,NULL,'en','standard','','confirmed')");
            for (int seq = 1; seq <= 5; seq++) {
                st.execute("INSERT INTO segment (booking_id, seq, kind, supplier_id, place, region, lat, lon,"
                        + " starts_at, ends_at, starts_ms, ends_ms) VALUES ('B1'," + seq + ",'hotel',NULL,'Hotel','HK',"
                        + (22 + seq) + ",114.17,'2026-07-01T15:00:00+08:00','2026-07-02T12:00:00+08:00',"
                        + (1782889200000L + seq * 86400000L) + "," + (1782964800000L + seq * 86400000L) + ")");
            }
        }
        try (Database upgraded = Database.open(file)) {
            assertInStep(upgraded, 5);
            try (Statement st = upgraded.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT segment_id FROM exposure_segment ORDER BY exposure_id")) {
                List<Long> order = new ArrayList<>();
                while (rs.next()) order.add(rs.getLong(1));
                assertThat(order).as("later days sort later").isSorted();
            }
        }
    }

    private static void assertInStep(Database db, int rows) throws SQLException {
        assertThat(rows(db, ACTUAL)).isEqualTo(rows(db, EXPECTED)).hasSize(rows);
        assertThat(rows(db, "SELECT COUNT(*) FROM exposure_segment_box")).containsExactly(List.of(rows));
        assertThat(rows(db, BOX_MISMATCHES)).containsExactly(List.of(0));
    }

    /** Every row of a query, as lists of column values (shared with the import tests of the copy). */
    static List<List<Object>> rows(Database db, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                out.add(row);
            }
        }
        return out;
    }
}
