package io.lifeboat.store;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** SQLite: the default engine, one file, R*Tree for the spatial and time prefilter. */
final class SqliteDialect implements Dialect {
    /** The segment columns {@code exposure_segment} copies, in its column order. */
    private static final String COPIED = "segment_id, booking_id, seq, kind, supplier_id, place, region, lat, lon,"
            + " starts_at, ends_at, starts_ms, ends_ms";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Map<String, String> migrationTokens() {
        return Map.of("identity", "INTEGER PRIMARY KEY");
    }

    @Override
    public List<String> extraMigrationStatements(int version) {
        if (version == 9) return exposureCluster();
        if (version != 2) return List.of();
        // The R*Tree holds one box per segment: a point in space and the segment's interval in time
        // (seconds). Its 32-bit floats are rounded outwards, so it only ever over-selects; the exact
        // test runs on the segment row. Triggers keep it in step with every write path.
        return List.of(
                "CREATE VIRTUAL TABLE segment_box USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_t, max_t)",
                "INSERT INTO segment_box SELECT segment_id, lon, lon, lat, lat, starts_ms / 1000, (ends_ms + 999) / 1000 FROM segment",
                """
                CREATE TRIGGER segment_box_insert AFTER INSERT ON segment BEGIN
                  INSERT INTO segment_box VALUES (new.segment_id, new.lon, new.lon, new.lat, new.lat,
                                                  new.starts_ms / 1000, (new.ends_ms + 999) / 1000);
                END""",
                """
                CREATE TRIGGER segment_box_update AFTER UPDATE OF lat, lon, starts_ms, ends_ms ON segment BEGIN
                  UPDATE segment_box SET min_lon = new.lon, max_lon = new.lon, min_lat = new.lat, max_lat = new.lat,
                         min_t = new.starts_ms / 1000, max_t = (new.ends_ms + 999) / 1000
                   WHERE id = new.segment_id;
                END""",
                """
                CREATE TRIGGER segment_box_delete AFTER DELETE ON segment BEGIN
                  DELETE FROM segment_box WHERE id = old.segment_id;
                END""");
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
    private static List<String> exposureCluster() {
        return List.of(
                """
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
                )""",
                "CREATE VIRTUAL TABLE exposure_segment_box USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_t, max_t)",
                "INSERT INTO exposure_segment SELECT " + clusterKey("s") + ", " + prefixed("s", COPIED)
                        + ", b.lead_name, b.party_size, b.tier, b.needs, b.status"
                        + " FROM segment s JOIN booking b ON b.booking_id = s.booking_id ORDER BY 1",
                "INSERT INTO exposure_segment_box SELECT exposure_id, lon, lon, lat, lat, starts_ms / 1000,"
                        + " (ends_ms + 999) / 1000 FROM exposure_segment",
                "CREATE TRIGGER exposure_segment_insert AFTER INSERT ON segment BEGIN " + addExposure() + " END",
                "CREATE TRIGGER exposure_segment_update AFTER UPDATE ON segment BEGIN " + removeExposure()
                        + addExposure() + " END",
                "CREATE TRIGGER exposure_segment_delete AFTER DELETE ON segment BEGIN " + removeExposure() + " END",
                "CREATE TRIGGER exposure_booking_update AFTER UPDATE ON booking BEGIN"
                        + " UPDATE exposure_segment SET lead_name = new.lead_name, party_size = new.party_size,"
                        + " tier = new.tier, needs = new.needs, status = new.status"
                        + " WHERE exposure_id IN (SELECT " + clusterKey("s") + " FROM segment s"
                        + " WHERE s.booking_id = new.booking_id); END");
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

    @Override
    public void lockForMigration(Connection connection) {
        // The connection begins transactions IMMEDIATE, which already takes the write lock.
    }

    /** SQLite has no row locks; IMMEDIATE transactions already serialise writers. */
    @Override
    public String forUpdate() {
        return "";
    }

    @Override
    public long sizeBytes(Connection connection, String location) {
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            try {
                java.nio.file.Path p = java.nio.file.Path.of(location + suffix);
                if (java.nio.file.Files.exists(p)) size += java.nio.file.Files.size(p);
            } catch (java.io.IOException e) {
                // size is informational
            }
        }
        return size;
    }

    @Override
    public String packed(List<String> columns, java.util.Set<String> nullable) {
        return String.join(" || char(31) || ", columns.stream()
                .map(c -> nullable.contains(c) ? "coalesce(char(30) || " + c + ", '')" : c).toList());
    }

    @Override
    public String jsonTextValues() {
        return "json_each(?)";
    }

    @Override
    public String exposureFrom() {
        return "exposure_segment_box r JOIN exposure_segment x ON x.exposure_id = r.id";
    }

    @Override
    public String exposureBoxCondition() {
        return "r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?"
                + " AND r.max_t >= ? / 1000 AND r.min_t <= (? + 999) / 1000";
    }

    /** A transactionally consistent, compacted copy of the file, WAL included. */
    @Override
    public String snapshotInto() {
        return "VACUUM INTO ?";
    }
}
