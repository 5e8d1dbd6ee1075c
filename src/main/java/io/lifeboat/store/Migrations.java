package io.lifeboat.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Versioned schema migrations, applied in order on open inside one transaction each. The applied
 * versions are rows of {@code schema_version}, so {@code db status} can show them and a newer
 * Lifeboat upgrades an older file in place.
 */
public final class Migrations {

    /** Every migration Lifeboat knows, oldest first. Append only: never edit a released step. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "bookings, segments, suppliers", "V1__bookings_segments_suppliers.sql"),
            new Migration(2, "exposure indexes", "V2__exposure_indexes.sql"),
            new Migration(4, "incidents, tasks, audit log", "V4__incidents_tasks_audit.sql"),
            new Migration(5, "notifications, send attempts, replies", "V5__notifications.sql"),
            new Migration(6, "alerts seen by watch, messages triaged", "V6__alerts_triage.sql"),
            new Migration(7, "reallocation plans and reservations", "V7__reallocation.sql"),
            new Migration(8, "drills", "V8__drills.sql"),
            new Migration(9, "exposure rows clustered by day and area", "V9__exposure_cluster.sql"),
            new Migration(10, "what each notification draft was rendered from", "V10__notification_input_hash.sql"));

    private Migrations() {
    }

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Applies every migration above the file's current version, up to {@code target}. */
    static void migrate(Connection c, Dialect dialect, int target) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            dialect.lockForMigration(c);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + " version INTEGER NOT NULL PRIMARY KEY,"
                        + " description TEXT NOT NULL,"
                        + " applied_at TEXT NOT NULL)");
            }
            int current = currentVersion(c);
            if (current > latestVersion()) {
                c.rollback();
                throw new SQLException("database schema version " + current
                        + " is newer than this Lifeboat supports (" + latestVersion() + "); upgrade Lifeboat");
            }
            for (Migration m : ALL) {
                if (m.version() <= current || m.version() > target) continue;
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(m, dialect)) st.execute(sql);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static List<String> statements(Migration m, Dialect dialect) {
        String script = load(m.script());
        for (Map.Entry<String, String> t : dialect.migrationTokens().entrySet()) {
            script = script.replace("${" + t.getKey() + "}", t.getValue());
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) continue;
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        out.addAll(dialect.extraMigrationStatements(m.version()));
        return out;
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration script " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
