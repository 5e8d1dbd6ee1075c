package io.lifeboat.store;

import io.lifeboat.audit.AuditEntry;
import io.lifeboat.model.DrillLogEntry;
import io.lifeboat.model.DrillPlanItem;
import io.lifeboat.model.DrillRating;
import io.lifeboat.model.DrillRun;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Drill runs, observer logs, kept evidence, evaluators' ratings and improvement plans. */
public final class DrillRepository {
    private static final String RUN_COLUMNS = "run_id, drill_id, scenario, quarter, drill_type, playbook_id, file,"
            + " definition, speed, started_ms, started_by, sandbox, incident_id, status, ended_ms, ended_by";
    private static final String PLAN_COLUMNS = "item_id, run_id, action, capability, owner, due_ms, status, closed_ms,"
            + " closed_by";

    private final Database db;

    public DrillRepository(Database db) {
        this.db = db;
    }

    /** Writes a consistent copy of the whole database to {@code target} (which must not exist). */
    public void snapshot(Path target) {
        String sql = db.dialect().snapshotInto();
        if (sql == null) {
            throw new StoreException("drill sandboxes are copies of a database file; " + db.dialect().name()
                    + " cannot make one here (run drills on a SQLite copy: --db FILE)");
        }
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, target.toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot copy the database to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Inserts a run; {@link DuplicateKeyException} when the same drill is already running. */
    public long insertRun(DrillRun r) {
        String sql = "INSERT INTO drill_run (drill_id, scenario, quarter, drill_type, playbook_id, file, definition, speed,"
                + " started_ms, started_by, sandbox, incident_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.drillId());
            ps.setString(2, r.scenario());
            ps.setString(3, r.quarter());
            ps.setString(4, r.type());
            ps.setString(5, r.playbookId());
            ps.setString(6, r.file());
            ps.setString(7, r.definition());
            ps.setInt(8, r.speed());
            ps.setLong(9, r.startedMs());
            ps.setString(10, r.startedBy());
            ps.setString(11, r.sandbox());
            ps.setLong(12, r.incidentId());
            ps.setString(13, r.status());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new StoreException("the database did not return the new run's id");
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (IncidentRepository.isUniqueViolation(e)) throw new DuplicateKeyException("drill already running", e);
            throw Sql.failure(e);
        }
    }

    public Optional<DrillRun> run(long runId) {
        List<DrillRun> l = runs("SELECT " + RUN_COLUMNS + " FROM drill_run WHERE run_id = ?", runId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public Optional<DrillRun> running(String drillId) {
        List<DrillRun> l = runs("SELECT " + RUN_COLUMNS + " FROM drill_run WHERE drill_id = ? AND status = 'running'",
                drillId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Every run, by quarter then start. */
    public List<DrillRun> runs() {
        return runs("SELECT " + RUN_COLUMNS + " FROM drill_run ORDER BY quarter, started_ms, run_id");
    }

    /** Ends a running run; false when it had already ended. */
    public boolean end(long runId, long atMs, String by) {
        return update("UPDATE drill_run SET status = 'ended', ended_ms = ?, ended_by = ? WHERE run_id = ?"
                + " AND status = 'running'", atMs, by, runId) == 1;
    }

    /** Adds log entries; an entry already there (same run, action and time) is left as it is. Returns how many were new. */
    public int insertLogs(Collection<DrillLogEntry> entries) {
        int added = 0;
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO drill_log (run_id, expected_id, at_ms,"
                + " actor, note, source) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, expected_id, at_ms) DO NOTHING")) {
            for (DrillLogEntry e : entries) {
                ps.setLong(1, e.runId());
                ps.setString(2, e.expectedId());
                ps.setLong(3, e.atMs());
                ps.setString(4, e.actor());
                Rows.setNullable(ps, 5, e.note());
                ps.setString(6, e.source());
                added += ps.executeUpdate();
            }
            return added;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public List<DrillLogEntry> logs(long runId) {
        List<DrillLogEntry> out = new ArrayList<>();
        query("SELECT run_id, expected_id, at_ms, actor, note, source FROM drill_log WHERE run_id = ?"
                + " ORDER BY at_ms, expected_id", rs -> out.add(new DrillLogEntry(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6))), runId);
        return out;
    }

    /** Keeps a copy of the drill incident's audit entries with the run. */
    public void keepEvidence(long runId, Collection<AuditEntry> entries) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO drill_evidence (run_id, entry_id, at_ms,"
                + " actor, action, details) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, entry_id) DO NOTHING")) {
            for (AuditEntry e : entries) {
                ps.setLong(1, runId);
                ps.setLong(2, e.id());
                ps.setLong(3, e.atMs());
                ps.setString(4, e.actor());
                ps.setString(5, e.action());
                ps.setString(6, e.details());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** The kept audit entries of a run (hashes are not kept: the sandbox's chain proves them). */
    public List<AuditEntry> evidence(long runId) {
        List<AuditEntry> out = new ArrayList<>();
        query("SELECT entry_id, at_ms, actor, action, details FROM drill_evidence WHERE run_id = ? ORDER BY entry_id",
                rs -> out.add(new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), null,
                        rs.getString(5), null, null)), runId);
        return out;
    }

    /** Sets (or replaces) an evaluator's rating of a capability. */
    public void rate(DrillRating r) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO drill_rating (run_id, capability, rating,"
                + " reason, rated_by, rated_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, capability) DO UPDATE SET"
                + " rating = excluded.rating, reason = excluded.reason, rated_by = excluded.rated_by,"
                + " rated_ms = excluded.rated_ms")) {
            ps.setLong(1, r.runId());
            ps.setString(2, r.capability());
            ps.setString(3, r.rating());
            ps.setString(4, r.reason());
            ps.setString(5, r.by());
            ps.setLong(6, r.atMs());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public List<DrillRating> ratings(long runId) {
        List<DrillRating> out = new ArrayList<>();
        query("SELECT run_id, capability, rating, reason, rated_by, rated_ms FROM drill_rating WHERE run_id = ?"
                + " ORDER BY capability", rs -> out.add(new DrillRating(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6))), runId);
        return out;
    }

    /** Adds a plan item unless the run already has one with the same action; returns the item either way. */
    public DrillPlanItem addPlanItem(long runId, String action, String capability, String owner, long dueMs) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO drill_plan_item (run_id, action,"
                + " capability, owner, due_ms, status) VALUES (?, ?, ?, ?, ?, 'open')"
                + " ON CONFLICT (run_id, action) DO NOTHING")) {
            ps.setLong(1, runId);
            ps.setString(2, action);
            ps.setString(3, capability);
            ps.setString(4, owner);
            ps.setLong(5, dueMs);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        List<DrillPlanItem> l = plan("SELECT " + PLAN_COLUMNS + " FROM drill_plan_item WHERE run_id = ? AND action = ?",
                runId, action);
        return l.get(0);
    }

    /** Marks a plan item done; false when it was done already. */
    public boolean closePlanItem(long itemId, long atMs, String by) {
        return update("UPDATE drill_plan_item SET status = 'done', closed_ms = ?, closed_by = ? WHERE item_id = ?"
                + " AND status = 'open'", atMs, by, itemId) == 1;
    }

    public Optional<DrillPlanItem> planItem(long itemId) {
        List<DrillPlanItem> l = plan("SELECT " + PLAN_COLUMNS + " FROM drill_plan_item WHERE item_id = ?", itemId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Every plan item of every run, by run then id. */
    public List<DrillPlanItem> planItems() {
        return plan("SELECT " + PLAN_COLUMNS + " FROM drill_plan_item ORDER BY run_id, item_id");
    }

    private List<DrillPlanItem> plan(String sql, Object... params) {
        List<DrillPlanItem> out = new ArrayList<>();
        query(sql, rs -> out.add(new DrillPlanItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), IncidentRepository.getLong(rs, 8), rs.getString(9))),
                params);
        return out;
    }

    private List<DrillRun> runs(String sql, Object... params) {
        List<DrillRun> out = new ArrayList<>();
        query(sql, rs -> out.add(new DrillRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getLong(10),
                rs.getString(11), rs.getString(12), rs.getLong(13), rs.getString(14), IncidentRepository.getLong(rs, 15),
                rs.getString(16))), params);
        return out;
    }

    private interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Reader reader, Object... params) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private int update(String sql, Object... params) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Long l) ps.setLong(i + 1, l);
            else ps.setString(i + 1, (String) params[i]);
        }
    }
}
