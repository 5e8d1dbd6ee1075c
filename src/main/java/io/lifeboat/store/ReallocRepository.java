package io.lifeboat.store;

import io.lifeboat.model.ReallocPlan;
import io.lifeboat.model.SegmentKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reallocation plans, their lines and reservations. Writes happen inside the caller's transaction. */
public final class ReallocRepository {
    private static final String COLUMNS = "plan_id, incident_id, status, currency, placed_parties, placed_units,"
            + " unplaced_parties, unplaced_units, total_cost, total_km, optimal, gap, method, fingerprint, created_ms,"
            + " created_by, accepted_ms, accepted_by";

    private final Database db;

    public ReallocRepository(Database db) {
        this.db = db;
    }

    public Optional<ReallocPlan> forIncident(long incidentId) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM realloc_plan WHERE incident_id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                long planId = rs.getLong(1);
                String gap = rs.getString(12);
                Long acceptedMs = rs.getObject(17) == null ? null : rs.getLong(17);
                ReallocPlan head = new ReallocPlan(planId, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getLong(6), rs.getInt(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getInt(11) == 1,
                        gap == null ? null : Double.valueOf(gap), rs.getString(13), rs.getString(14), rs.getLong(15),
                        rs.getString(16), acceptedMs, rs.getString(18), List.of());
                return Optional.of(withLines(head, lines(planId)));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static ReallocPlan withLines(ReallocPlan p, List<ReallocPlan.Line> lines) {
        return new ReallocPlan(p.planId(), p.incidentId(), p.status(), p.currency(), p.placedParties(), p.placedUnits(),
                p.unplacedParties(), p.unplacedUnits(), p.totalCost(), p.totalKm(), p.optimal(), p.gap(), p.method(),
                p.fingerprint(), p.createdMs(), p.createdBy(), p.acceptedMs(), p.acceptedBy(), lines);
    }

    private List<ReallocPlan.Line> lines(long planId) throws SQLException {
        List<ReallocPlan.Line> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT booking_id, seq, kind, priority, units,"
                + " supplier_id, cost, km, reason FROM realloc_line WHERE plan_id = ?"
                + " ORDER BY priority DESC, booking_id, seq")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReallocPlan.Line(rs.getString(1), rs.getInt(2), SegmentKind.parse(rs.getString(3)),
                            rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }

    /** Stores the incident's draft, replacing the previous draft and its lines; returns the plan id. */
    public long saveDraft(ReallocPlan p) {
        try {
            Optional<ReallocPlan> old = forIncident(p.incidentId());
            long planId;
            if (old.isPresent()) {
                planId = old.get().planId();
                try (PreparedStatement del = db.connection().prepareStatement("DELETE FROM realloc_line WHERE plan_id = ?")) {
                    del.setLong(1, planId);
                    del.executeUpdate();
                }
                try (PreparedStatement up = db.connection().prepareStatement("UPDATE realloc_plan SET currency = ?,"
                        + " placed_parties = ?, placed_units = ?, unplaced_parties = ?, unplaced_units = ?, total_cost = ?,"
                        + " total_km = ?, optimal = ?, gap = ?, method = ?, fingerprint = ?, created_ms = ?, created_by = ?"
                        + " WHERE plan_id = ? AND status = 'draft'")) {
                    int i = bindSummary(up, p, 1);
                    up.setLong(i, planId);
                    if (up.executeUpdate() != 1) throw new StoreException("plan " + planId + " is no longer a draft");
                }
            } else {
                try (PreparedStatement ins = db.connection().prepareStatement("INSERT INTO realloc_plan (currency,"
                        + " placed_parties, placed_units, unplaced_parties, unplaced_units, total_cost, total_km, optimal,"
                        + " gap, method, fingerprint, created_ms, created_by, incident_id, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft')", Statement.RETURN_GENERATED_KEYS)) {
                    int i = bindSummary(ins, p, 1);
                    ins.setLong(i, p.incidentId());
                    ins.executeUpdate();
                    try (ResultSet keys = ins.getGeneratedKeys()) {
                        if (!keys.next()) throw new StoreException("the database did not return the new plan's id");
                        planId = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO realloc_line (plan_id, booking_id,"
                    + " seq, kind, priority, units, supplier_id, cost, km, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ReallocPlan.Line l : p.lines()) {
                    ps.setLong(1, planId);
                    ps.setString(2, l.bookingId());
                    ps.setInt(3, l.seq());
                    ps.setString(4, l.kind().code());
                    ps.setInt(5, l.priority());
                    ps.setInt(6, l.units());
                    Rows.setNullable(ps, 7, l.supplierId());
                    Rows.setNullable(ps, 8, l.cost());
                    Rows.setNullable(ps, 9, l.km());
                    ps.setString(10, l.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return planId;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static int bindSummary(PreparedStatement ps, ReallocPlan p, int i) throws SQLException {
        Rows.setNullable(ps, i++, p.currency());
        ps.setInt(i++, p.placedParties());
        ps.setLong(i++, p.placedUnits());
        ps.setInt(i++, p.unplacedParties());
        ps.setLong(i++, p.unplacedUnits());
        ps.setString(i++, p.totalCost());
        ps.setString(i++, p.totalKm());
        ps.setInt(i++, p.optimal() ? 1 : 0);
        if (p.gap() == null) ps.setNull(i++, Types.VARCHAR);
        else ps.setString(i++, Double.toString(p.gap()));
        ps.setString(i++, p.method());
        ps.setString(i++, p.fingerprint());
        ps.setLong(i++, p.createdMs());
        ps.setString(i++, p.createdBy());
        return i;
    }

    /** Marks a draft accepted; false when it was not a draft any more (someone accepted it first). */
    public boolean accept(long planId, long atMs, String by) {
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE realloc_plan SET status = 'accepted',"
                + " accepted_ms = ?, accepted_by = ? WHERE plan_id = ? AND status = 'draft'")) {
            ps.setLong(1, atMs);
            ps.setString(2, by);
            ps.setLong(3, planId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Reserves units per supplier for a plan; a reservation that exists already is left as it is. */
    public void reserve(long planId, Map<String, Long> unitsBySupplier, long atMs) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO realloc_reservation (plan_id,"
                + " supplier_id, units, reserved_ms) VALUES (?, ?, ?, ?) ON CONFLICT (plan_id, supplier_id) DO NOTHING")) {
            for (Map.Entry<String, Long> e : unitsBySupplier.entrySet()) {
                ps.setLong(1, planId);
                ps.setString(2, e.getKey());
                ps.setLong(3, e.getValue());
                ps.setLong(4, atMs);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Units reserved per supplier by accepted plans of open incidents other than {@code exceptIncident}. */
    public Map<String, Long> reservedByOpenIncidents(long exceptIncident) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT r.supplier_id, SUM(r.units)"
                + " FROM realloc_reservation r"
                + " JOIN realloc_plan p ON p.plan_id = r.plan_id"
                + " JOIN incident i ON i.incident_id = p.incident_id"
                + " WHERE p.status = 'accepted' AND i.status = 'open' AND p.incident_id <> ?"
                + " GROUP BY r.supplier_id ORDER BY r.supplier_id")) {
            ps.setLong(1, exceptIncident);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }
}
