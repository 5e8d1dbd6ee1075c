package io.lifeboat.store;

import io.lifeboat.audit.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Storage of the append-only audit log and its head row. */
public final class AuditRepository {
    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    /**
     * Appends an entry inside the caller's transaction: reads the head (locking it where the engine
     * supports row locks), lets {@code seal} compute the entry's hash from the previous one, writes both.
     */
    public AuditEntry append(long atMs, String actor, String action, Long incidentId, String details,
                             UnaryOperator<AuditEntry> seal) {
        Connection c = db.connection();
        try {
            long lastId;
            String lastHash;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT last_id, last_hash FROM audit_head WHERE head_id = 1" + db.dialect().forUpdate());
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("the audit log's head row is missing; run 'lifeboat audit verify'");
                lastId = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            AuditEntry entry = seal.apply(new AuditEntry(lastId + 1, atMs, actor, action, incidentId, details, lastHash, null));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (entry_id, at_ms, actor, action,"
                    + " incident_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, entry.id());
                ps.setLong(2, entry.atMs());
                ps.setString(3, entry.actor());
                ps.setString(4, entry.action());
                if (incidentId == null) ps.setNull(5, Types.BIGINT);
                else ps.setLong(5, incidentId);
                ps.setString(6, entry.details());
                ps.setString(7, entry.prevHash());
                ps.setString(8, entry.hash());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE head_id = 1")) {
                ps.setLong(1, entry.id());
                ps.setString(2, entry.hash());
                ps.executeUpdate();
            }
            return entry;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Every entry in order, streamed. */
    public void forEach(RowHandler<AuditEntry> handler) {
        query("SELECT entry_id, at_ms, actor, action, incident_id, details, prev_hash, hash FROM audit_log"
                + " ORDER BY entry_id", null, handler);
    }

    public List<AuditEntry> forIncident(long incidentId) {
        List<AuditEntry> out = new ArrayList<>();
        query("SELECT entry_id, at_ms, actor, action, incident_id, details, prev_hash, hash FROM audit_log"
                + " WHERE incident_id = ? ORDER BY entry_id", incidentId, out::add);
        return out;
    }

    /**
     * Entries whose action starts with {@code actionPrefix} (null: any), for one incident (null: any),
     * at or after {@code sinceMs} (null: from the start); the newest {@code limit}, oldest first.
     */
    public List<AuditEntry> find(String actionPrefix, Long incidentId, Long sinceMs, int limit) {
        // Only fixed fragments are appended; every value is bound (PostgreSQL cannot type "? IS NULL").
        StringBuilder sql = new StringBuilder("SELECT entry_id, at_ms, actor, action, incident_id, details,"
                + " prev_hash, hash FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (actionPrefix != null) {
            sql.append(" AND action LIKE ? ESCAPE '!'");
            args.add(actionPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (incidentId != null) {
            sql.append(" AND incident_id = ?");
            args.add(incidentId);
        }
        if (sinceMs != null) {
            sql.append(" AND at_ms >= ?");
            args.add(sinceMs);
        }
        sql.append(" ORDER BY entry_id DESC LIMIT ?");
        args.add(limit);
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(entry(rs));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long inc = rs.getLong(5);
        Long incident = rs.wasNull() ? null : inc;
        return new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), incident,
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** The head row: {last_id, last_hash}. */
    public String[] head() {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT last_id, last_hash FROM audit_head WHERE head_id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {Long.toString(rs.getLong(1)), rs.getString(2)} : null;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private void query(String sql, Long incident, RowHandler<AuditEntry> handler) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            if (incident != null) ps.setLong(1, incident);
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(entry(rs));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }
}
