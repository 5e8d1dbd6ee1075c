package io.lifeboat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite's clustered copy of the exposure rows (schema version 9): its definition, used by the migration
 * that creates it and by bulk writes that rebuild it, so there is one definition of what the copy holds.
 *
 * <p>Row by row, triggers keep the copy in step. A bulk import instead suspends those triggers for its
 * transaction, notes which segments and bookings it touched (or nothing at all, when the copy starts
 * empty), and at the end rebuilds the copy's rows for them with one ordered INSERT ... SELECT, or the
 * whole copy when most of it changed. Appending in cluster-key order is far cheaper than a trigger's
 * random insert into the copy and its R*Tree per row. The triggers come back before the transaction
 * ends, with the text they had, so other connections never see them missing and a failed import rolls
 * all of it back.
 */
final class ExposureCopy {
    /** The segment columns {@code exposure_segment} copies, in its column order. */
    private static final String COPIED = "segment_id, booking_id, seq, kind, supplier_id, place, region, lat, lon,"
            + " starts_at, ends_at, starts_ms, ends_ms";
    private static final String BOX = "CREATE VIRTUAL TABLE exposure_segment_box"
            + " USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_t, max_t)";
    /** The triggers that keep the copy in step row by row; a bulk write suspends exactly these. */
    private static final List<String> TRIGGERS = List.of("exposure_segment_insert", "exposure_segment_update",
            "exposure_segment_delete", "exposure_booking_update");
    /** Above this share of the copy to write again, the whole copy is rebuilt rather than the touched rows. */
    private static final double REBUILD_ALL = 0.25;

    private ExposureCopy() {
    }

    /**
     * Version 9: the exposure query's rows, stored a second time in the order the query reads them. The
     * R*Tree on {@code segment} finds the candidates quickly, but fetching them means one random lookup into
     * the segment table and two into the booking table per candidate, across the whole file. Here each
     * segment row carries its booking's fields (name, party, tier, needs, status), and its rowid, the
     * cluster key, puts rows that start on the same day in the same 2-degree cell next to each other; a
     * window-and-area query then reads a few contiguous runs of pages. A second R*Tree indexes it by that
     * key. Triggers keep both in step with every write to {@code segment} and {@code booking}.
     */
    static List<String> migration() {
        List<String> out = new ArrayList<>();
        out.add("""
                CREATE TABLE exposure_segment (
                  exposure_id INTEGER PRIMARY KEY,
                  segment_id  INTEGER NOT NULL,
                  booking_id  TEXT NOT NULL,
                  seq         INTEGER NOT NULL,
                  kind        TEXT NOT NULL,
                  supplier_id TEXT,
                  place       TEXT NOT NULL,
                  region      TEXT NOT NULL,
                  lat         REAL NOT NULL,
                  lon         REAL NOT NULL,
                  starts_at   TEXT NOT NULL,
                  ends_at     TEXT NOT NULL,
                  starts_ms   INTEGER NOT NULL,
                  ends_ms     INTEGER NOT NULL,
                  lead_name   TEXT NOT NULL,
                  party_size  INTEGER NOT NULL,
                  tier        TEXT NOT NULL,
                  needs       TEXT NOT NULL,
                  status      TEXT NOT NULL
                )""");
        out.add(BOX);
        out.addAll(fill("segment s", null));
        out.add("CREATE TRIGGER exposure_segment_insert AFTER INSERT ON segment BEGIN " + addExposure() + " END");
        out.add("CREATE TRIGGER exposure_segment_update AFTER UPDATE ON segment BEGIN " + removeExposure()
                + addExposure() + " END");
        out.add("CREATE TRIGGER exposure_segment_delete AFTER DELETE ON segment BEGIN " + removeExposure() + " END");
        out.add("CREATE TRIGGER exposure_booking_update AFTER UPDATE ON booking BEGIN"
                + " UPDATE exposure_segment SET lead_name = new.lead_name, party_size = new.party_size,"
                + " tier = new.tier, needs = new.needs, status = new.status"
                + " WHERE exposure_id IN (SELECT " + clusterKey("s") + " FROM segment s"
                + " WHERE s.booking_id = new.booking_id); END");
        return out;
    }

    /**
     * Copies the segments {@code segments} selects (a FROM clause naming the segment table {@code s}), with
     * their bookings' fields, in cluster-key order, and boxes them in the R*Tree. {@code keys}, when not
     * null, is a query of the cluster keys just copied, so only those rows are boxed.
     */
    private static List<String> fill(String segments, String keys) {
        return List.of(
                "INSERT INTO exposure_segment SELECT " + clusterKey("s") + ", " + prefixed("s", COPIED)
                        + ", b.lead_name, b.party_size, b.tier, b.needs, b.status"
                        + " FROM " + segments + " JOIN booking b ON b.booking_id = s.booking_id ORDER BY 1",
                "INSERT INTO exposure_segment_box SELECT exposure_id, lon, lon, lat, lat, starts_ms / 1000,"
                        + " (ends_ms + 999) / 1000 FROM exposure_segment"
                        + (keys == null ? "" : " WHERE exposure_id IN (" + keys + ")"));
    }

    /** Copies the new segment row, with its booking's fields, and indexes it. */
    private static String addExposure() {
        return "INSERT INTO exposure_segment SELECT " + clusterKey("new") + ", "
                + prefixed("new", COPIED) + ", b.lead_name, b.party_size, b.tier, b.needs, b.status"
                + " FROM booking b WHERE b.booking_id = new.booking_id;"
                + " INSERT INTO exposure_segment_box SELECT exposure_id, lon, lon, lat, lat, starts_ms / 1000,"
                + " (ends_ms + 999) / 1000 FROM exposure_segment WHERE exposure_id = " + clusterKey("new") + ";";
    }

    private static String removeExposure() {
        return " DELETE FROM exposure_segment WHERE exposure_id = " + clusterKey("old") + ";"
                + " DELETE FROM exposure_segment_box WHERE id = " + clusterKey("old") + ";";
    }

    /**
     * The cluster key of a segment row {@code r}: its start day (17 bits, days since 1970 clamped to
     * 0..131071), its 2-degree cell (15 bits: 91 bands of latitude times 181 of longitude), then its
     * segment id (31 bits), so the key is unique. A segment id of 2^31 or more gets its negated id
     * instead: still unique, only without the clustering.
     */
    static String clusterKey(String r) {
        String day = "max(0, min(131071, " + r + ".starts_ms / 86400000))";
        String cell = "(max(0, min(90, CAST((" + r + ".lat + 90) / 2 AS INTEGER))) * 181"
                + " + max(0, min(180, CAST((" + r + ".lon + 180) / 2 AS INTEGER))))";
        return "(CASE WHEN " + r + ".segment_id BETWEEN 0 AND 2147483647 THEN ((" + day + " * 32768 + " + cell
                + ") << 31) + " + r + ".segment_id ELSE -" + r + ".segment_id END)";
    }

    private static String prefixed(String r, String columns) {
        return r + "." + String.join(", " + r + ".", columns.split(", *"));
    }

    /**
     * Suspends the copy's triggers in the current transaction, for a write of many rows. Returns null
     * when this file has no copy (a file opened at an older version).
     */
    static BulkWrite suspend(Connection c) throws SQLException {
        Map<String, String> triggers = new LinkedHashMap<>();
        boolean empty;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"
                    + " AND name IN ('" + String.join("', '", TRIGGERS) + "')")) {
                while (rs.next()) triggers.put(rs.getString(1), rs.getString(2));
            }
            if (triggers.size() != TRIGGERS.size()) return null;
            try (ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM exposure_segment)")) {
                empty = rs.next() && rs.getBoolean(1);
            }
            for (String name : triggers.keySet()) st.execute("DROP TRIGGER main." + name);
            // An empty copy is simply built whole at the end: nothing to note row by row.
            if (!empty) {
                for (String sql : noteStatements()) st.execute(sql);
            }
        }
        return () -> {
            try (Statement st = c.createStatement()) {
                if (empty) {
                    for (String sql : fill("segment s", null)) st.execute(sql);
                } else {
                    rebuildNoted(st);
                    for (String sql : dropNotes()) st.execute(sql);
                }
                for (String sql : triggers.values()) st.execute(sql);
            }
        };
    }

    /**
     * Per-connection TEMP tables and triggers that note, while the copy's own triggers are suspended, what
     * their work would have been: cluster keys of copy rows gone stale, segments to copy again, bookings
     * whose fields changed.
     */
    private static List<String> noteStatements() {
        List<String> out = new ArrayList<>(dropNotes());
        out.add("CREATE TEMP TABLE exposure_stale (exposure_id INTEGER PRIMARY KEY)");
        out.add("CREATE TEMP TABLE exposure_fresh (segment_id INTEGER PRIMARY KEY)");
        out.add("CREATE TEMP TABLE exposure_rebooked (booking_id TEXT PRIMARY KEY)");
        String fresh = "INSERT OR IGNORE INTO temp.exposure_fresh VALUES (new.segment_id);";
        String stale = "INSERT OR IGNORE INTO temp.exposure_stale VALUES (" + clusterKey("old") + ");";
        out.add("CREATE TEMP TRIGGER exposure_note_insert AFTER INSERT ON main.segment BEGIN " + fresh + " END");
        out.add("CREATE TEMP TRIGGER exposure_note_update AFTER UPDATE ON main.segment BEGIN " + stale + " "
                + fresh + " END");
        out.add("CREATE TEMP TRIGGER exposure_note_delete AFTER DELETE ON main.segment BEGIN " + stale + " END");
        out.add("CREATE TEMP TRIGGER exposure_note_booking AFTER UPDATE ON main.booking BEGIN"
                + " INSERT OR IGNORE INTO temp.exposure_rebooked VALUES (new.booking_id); END");
        return out;
    }

    private static List<String> dropNotes() {
        return List.of("DROP TRIGGER IF EXISTS temp.exposure_note_insert",
                "DROP TRIGGER IF EXISTS temp.exposure_note_update",
                "DROP TRIGGER IF EXISTS temp.exposure_note_delete",
                "DROP TRIGGER IF EXISTS temp.exposure_note_booking",
                "DROP TABLE IF EXISTS temp.exposure_stale",
                "DROP TABLE IF EXISTS temp.exposure_fresh",
                "DROP TABLE IF EXISTS temp.exposure_rebooked");
    }

    /**
     * Replaces the copy rows of what was noted. A segment's row may be stale because the segment changed
     * (its old key was noted) or because its booking did (its key is unchanged since the bulk write began,
     * as any change to the segment itself was noted too).
     */
    private static void rebuildNoted(Statement st) throws SQLException {
        String ofRebooked = " FROM temp.exposure_rebooked r JOIN segment s ON s.booking_id = r.booking_id";
        st.execute("INSERT OR IGNORE INTO temp.exposure_stale SELECT " + clusterKey("s") + ofRebooked);
        st.execute("INSERT OR IGNORE INTO temp.exposure_fresh SELECT s.segment_id" + ofRebooked);
        long fresh = count(st, "SELECT COUNT(*) FROM temp.exposure_fresh");
        long stale = count(st, "SELECT COUNT(*) FROM temp.exposure_stale");
        if (fresh == 0 && stale == 0) return;
        if (fresh > REBUILD_ALL * count(st, "SELECT COUNT(*) FROM exposure_segment")) {
            // Emptying the R*Tree row by row would cost as much as filling it: a new one is cheaper.
            st.execute("DROP TABLE exposure_segment_box");
            st.execute(BOX);
            st.execute("DELETE FROM exposure_segment");
            for (String sql : fill("segment s", null)) st.execute(sql);
            return;
        }
        st.execute("DELETE FROM exposure_segment WHERE exposure_id IN (SELECT exposure_id FROM temp.exposure_stale)");
        st.execute("DELETE FROM exposure_segment_box WHERE id IN (SELECT exposure_id FROM temp.exposure_stale)");
        String freshSegments = "temp.exposure_fresh f JOIN segment s ON s.segment_id = f.segment_id";
        for (String sql : fill(freshSegments, "SELECT " + clusterKey("s") + " FROM " + freshSegments)) {
            st.execute(sql);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
