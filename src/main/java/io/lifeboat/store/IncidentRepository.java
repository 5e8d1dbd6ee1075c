package io.lifeboat.store;

import io.lifeboat.model.AffectedBooking;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.SegmentKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents and what they affect. Writes happen inside the caller's transaction. */
public final class IncidentRepository {
    private static final String COLUMNS = "incident_id, title, playbook_id, playbook_version, playbook_source, scope,"
            + " status, drill, areas, window_from_ms, window_until_ms, booking_id, match_key, forced, source,"
            + " opened_ms, opened_by, closed_ms, closed_by, close_reason, deaths, injured, stranded, regulator_id,"
            + " grade, report_due_ms, version";

    private final Database db;

    public IncidentRepository(Database db) {
        this.db = db;
    }

    /** Inserts a new incident (its id is ignored) and returns the id the database gave it. */
    public long insert(Incident i) {
        String sql = "INSERT INTO incident (title, playbook_id, playbook_version, playbook_source, scope, status, drill,"
                + " areas, window_from_ms, window_until_ms, booking_id, match_key, forced, source, opened_ms, opened_by,"
                + " deaths, injured, stranded, regulator_id, grade, report_due_ms, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int p = 1;
            ps.setString(p++, i.title());
            ps.setString(p++, i.playbookId());
            ps.setInt(p++, i.playbookVersion());
            ps.setString(p++, i.playbookSource());
            ps.setString(p++, i.scope());
            ps.setString(p++, i.status());
            ps.setInt(p++, i.drill() ? 1 : 0);
            ps.setString(p++, JsonText.write(i.areas()));
            setLong(ps, p++, i.windowFromMs());
            setLong(ps, p++, i.windowUntilMs());
            Rows.setNullable(ps, p++, i.bookingId());
            ps.setString(p++, i.matchKey());
            ps.setInt(p++, i.forced() ? 1 : 0);
            ps.setString(p++, i.source());
            ps.setLong(p++, i.openedMs());
            ps.setString(p++, i.openedBy());
            ps.setInt(p++, i.deaths());
            ps.setInt(p++, i.injured());
            if (i.stranded() == null) ps.setNull(p++, Types.INTEGER);
            else ps.setInt(p++, i.stranded());
            ps.setString(p++, i.regulatorId());
            ps.setString(p++, i.grade());
            setLong(ps, p++, i.reportDueMs());
            ps.setInt(p, i.version());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new StoreException("the database did not return the new incident's id");
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) throw new DuplicateKeyException("an open incident already has this key", e);
            throw Sql.failure(e);
        }
    }

    public Optional<Incident> find(long id) {
        List<Incident> found = select("SELECT " + COLUMNS + " FROM incident WHERE incident_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Incident> findOpenByMatchKey(String matchKey) {
        List<Incident> found = select("SELECT " + COLUMNS + " FROM incident WHERE match_key = ? AND status = 'open'"
                + " AND forced = 0", matchKey);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** All incidents, open ones first, newest first within each. */
    public List<Incident> list(boolean includeClosed) {
        return select("SELECT " + COLUMNS + " FROM incident"
                + (includeClosed ? "" : " WHERE status = 'open'")
                + " ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, opened_ms DESC, incident_id DESC", null);
    }

    /**
     * Changes counts, grade and report due, only if nobody changed the incident since {@code expectedVersion}.
     * Returns false when the version moved on (the caller reports who changed it).
     */
    public boolean updateCounts(long id, int expectedVersion, int deaths, int injured, Integer stranded, String title,
                                String grade, Long reportDueMs) {
        String sql = "UPDATE incident SET deaths = ?, injured = ?, stranded = ?, title = ?, grade = ?,"
                + " report_due_ms = ?, version = version + 1 WHERE incident_id = ? AND version = ?";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setInt(1, deaths);
            ps.setInt(2, injured);
            if (stranded == null) ps.setNull(3, Types.INTEGER);
            else ps.setInt(3, stranded);
            ps.setString(4, title);
            ps.setString(5, grade);
            setLong(ps, 6, reportDueMs);
            ps.setLong(7, id);
            ps.setInt(8, expectedVersion);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Moves an open incident's version on, only from {@code expectedVersion}: the optimistic check of a
     * change that touches the incident's other rows (a task done). False when someone changed it first.
     */
    public boolean bumpVersion(long id, int expectedVersion) {
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE incident SET version = version + 1"
                + " WHERE incident_id = ? AND version = ? AND status = 'open'")) {
            ps.setLong(1, id);
            ps.setInt(2, expectedVersion);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Moves an incident to a new area and window (an alert Update), regraded, only if nobody changed it since
     * {@code expectedVersion}.
     */
    public boolean updateScope(long id, int expectedVersion, List<String> areas, Long fromMs, Long untilMs,
                               String matchKey, String grade, Long reportDueMs) {
        String sql = "UPDATE incident SET areas = ?, window_from_ms = ?, window_until_ms = ?, match_key = ?, grade = ?,"
                + " report_due_ms = ?, version = version + 1 WHERE incident_id = ? AND version = ? AND status = 'open'";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, JsonText.write(areas));
            setLong(ps, 2, fromMs);
            setLong(ps, 3, untilMs);
            ps.setString(4, matchKey);
            ps.setString(5, grade);
            setLong(ps, 6, reportDueMs);
            ps.setLong(7, id);
            ps.setInt(8, expectedVersion);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) throw new DuplicateKeyException("an open incident already has this key", e);
            throw Sql.failure(e);
        }
    }

    /**
     * Replaces what an incident affects after its area or window changed: bookings and segments no longer in
     * {@code bookings}/{@code segments} stay listed as no longer affected; the others are (again) affected.
     */
    public void replaceAffected(long incidentId, Collection<AffectedBooking> bookings,
                                Collection<ExposedSegment> segments) {
        Connection c = db.connection();
        try {
            for (String table : new String[] {"incident_booking", "incident_segment"}) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET status = ? WHERE incident_id = ?")) {
                    ps.setString(1, AffectedBooking.NO_LONGER);
                    ps.setLong(2, incidentId);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement b = c.prepareStatement("INSERT INTO incident_booking (incident_id, booking_id,"
                    + " travelers, priority, reasons, in_trip, status) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (incident_id, booking_id) DO UPDATE SET travelers = excluded.travelers,"
                    + " priority = excluded.priority, reasons = excluded.reasons, in_trip = excluded.in_trip,"
                    + " status = excluded.status");
                 PreparedStatement s = c.prepareStatement("INSERT INTO incident_segment (incident_id, booking_id, seq,"
                         + " segment_id, status) VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id, booking_id, seq)"
                         + " DO UPDATE SET segment_id = excluded.segment_id, status = excluded.status")) {
                for (AffectedBooking a : bookings) {
                    bindBooking(b, incidentId, a, AffectedBooking.AFFECTED);
                    b.addBatch();
                }
                b.executeBatch();
                for (ExposedSegment x : segments) {
                    s.setLong(1, incidentId);
                    s.setString(2, x.bookingId());
                    s.setInt(3, x.seq());
                    s.setLong(4, x.segmentId());
                    s.setString(5, AffectedBooking.AFFECTED);
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public boolean close(long id, int expectedVersion, long atMs, String by, String reason) {
        String sql = "UPDATE incident SET status = 'closed', closed_ms = ?, closed_by = ?, close_reason = ?,"
                + " version = version + 1 WHERE incident_id = ? AND version = ? AND status = 'open'";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setLong(1, atMs);
            ps.setString(2, by);
            ps.setString(3, reason);
            ps.setLong(4, id);
            ps.setInt(5, expectedVersion);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Stores an incident's affected bookings and segments. The rows go to the database as JSON arrays, a few
     * thousand per statement, unpacked by the database: one bound value and one step per chunk instead of a
     * driver call per column and row (an incident over a large agency has 100,000 rows).
     */
    public void insertAffected(long incidentId, Collection<AffectedBooking> bookings, Collection<ExposedSegment> segments) {
        String rows = db.dialect().jsonValues();
        Map<List<Map<String, String>>, String> reasons = new HashMap<>();
        insertJsonRows("INSERT INTO incident_booking (incident_id, booking_id, travelers, priority, reasons, in_trip,"
                + " status) SELECT ?, j.value ->> 0, CAST(j.value ->> 1 AS INTEGER), CAST(j.value ->> 2 AS INTEGER),"
                + " j.value ->> 3, CAST(j.value ->> 4 AS INTEGER), j.value ->> 5 FROM " + rows + " j",
                incidentId, bookings, (a, json) -> {
                    JsonText.appendString(json, a.bookingId());
                    json.append(',').append(a.travelers()).append(',').append(a.priority()).append(',');
                    JsonText.appendString(json, reasons.computeIfAbsent(a.reasons(), JsonText::write));
                    json.append(',').append(a.inTrip() ? 1 : 0).append(',');
                    JsonText.appendString(json, a.status());
                });
        insertJsonRows("INSERT INTO incident_segment (incident_id, booking_id, seq, segment_id, status)"
                + " SELECT ?, j.value ->> 0, CAST(j.value ->> 1 AS INTEGER), CAST(j.value ->> 2 AS BIGINT), 'affected'"
                + " FROM " + rows + " j", incidentId, segments, (x, json) -> {
                    JsonText.appendString(json, x.bookingId());
                    json.append(',').append(x.seq()).append(',').append(x.segmentId());
                });
    }

    private static final int JSON_ROWS_PER_STATEMENT = 5000;

    private <T> void insertJsonRows(String sql, long incidentId, Collection<T> items, JsonText.Row<T> row) {
        List<T> all = List.copyOf(items);
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int from = 0; from < all.size(); from += JSON_ROWS_PER_STATEMENT) {
                ps.setLong(1, incidentId);
                ps.setString(2, JsonText.rows(all.subList(from, Math.min(all.size(), from + JSON_ROWS_PER_STATEMENT)),
                        row));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static void bindBooking(PreparedStatement b, long incidentId, AffectedBooking a, String status)
            throws SQLException {
        b.setLong(1, incidentId);
        b.setString(2, a.bookingId());
        b.setInt(3, a.travelers());
        b.setInt(4, a.priority());
        b.setString(5, JsonText.write(a.reasons()));
        b.setInt(6, a.inTrip() ? 1 : 0);
        b.setString(7, status);
    }

    /** Affected bookings of an incident, keyed by booking id. */
    public Map<String, AffectedBooking> affectedBookings(long incidentId) {
        Map<String, AffectedBooking> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT booking_id, travelers, priority, reasons,"
                + " in_trip, status FROM incident_booking WHERE incident_id = ? ORDER BY priority DESC, booking_id")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new AffectedBooking(rs.getString(1), rs.getInt(2), rs.getInt(3),
                            JsonText.textList(rs.getString(4)), rs.getInt(5) == 1, rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    /** The affected segments with their bookings and triage, highest priority first. */
    public List<IncidentSegment> affectedSegments(long incidentId, boolean includeNoLonger) {
        String sql = "SELECT s.segment_id, s.booking_id, s.seq, s.kind, s.supplier_id, s.place, s.region, s.lat, s.lon,"
                + " s.starts_at, s.ends_at, s.starts_ms, s.ends_ms, b.lead_name, b.party_size, b.tier, b.needs,"
                + " b.phone, b.email, b.locale, ib.priority, ib.reasons, ib.in_trip, x.status"
                + " FROM incident_segment x"
                + " JOIN incident_booking ib ON ib.incident_id = x.incident_id AND ib.booking_id = x.booking_id"
                + " JOIN segment s ON s.booking_id = x.booking_id AND s.seq = x.seq"
                + " JOIN booking b ON b.booking_id = x.booking_id"
                + " WHERE x.incident_id = ?" + (includeNoLonger ? "" : " AND x.status = 'affected'")
                + " ORDER BY ib.priority DESC, x.booking_id, x.seq";
        List<IncidentSegment> out = new ArrayList<>();
        // A booking's rows come together (ordered by its priority, then its id) and repeat its columns: read
        // them once per booking, and parse each distinct reasons or needs text once (a few values recur over
        // tens of thousands of bookings). The shared lists are immutable, so sharing them is safe.
        Map<String, List<Map<String, String>>> reasonsByText = new HashMap<>();
        Map<String, List<String>> needsByText = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setLong(1, incidentId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                AffectedRow b = null;
                while (rs.next()) {
                    String bookingId = rs.getString(2);
                    if (b == null || !b.bookingId().equals(bookingId)) {
                        b = new AffectedRow(bookingId, rs.getString(14), rs.getInt(15), rs.getString(16),
                                needsByText.computeIfAbsent(rs.getString(17), BookingRepository::splitTags),
                                rs.getString(18), rs.getString(19), rs.getString(20), rs.getInt(21),
                                reasonsByText.computeIfAbsent(rs.getString(22), IncidentRepository::reasonList),
                                rs.getInt(23) == 1);
                    }
                    ExposedSegment seg = new ExposedSegment(rs.getLong(1), b.bookingId(), rs.getInt(3),
                            SegmentKind.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getDouble(8), rs.getDouble(9), rs.getString(10), rs.getString(11), rs.getLong(12),
                            rs.getLong(13), b.leadName(), b.partySize(), b.tier(), b.needs(), b.phone(), b.email(),
                            b.locale());
                    out.add(new IncidentSegment(seg, b.priority(), b.reasons(), b.inTrip(), rs.getString(24)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    /** The columns an affected booking repeats on each of its segments' rows. */
    private record AffectedRow(String bookingId, String leadName, int partySize, String tier, List<String> needs,
                               String phone, String email, String locale, int priority,
                               List<Map<String, String>> reasons, boolean inTrip) {
    }

    private static List<Map<String, String>> reasonList(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : JsonText.textList(json)) out.add(Collections.unmodifiableMap(r));
        return List.copyOf(out);
    }

    /** For each booking: [first segment start, last segment end] over all its segments (in-trip test). */
    public Map<String, long[]> tripSpans(Collection<String> bookingIds) {
        Map<String, long[]> out = new HashMap<>();
        if (bookingIds.isEmpty()) return out;
        String sql = "SELECT s.booking_id, MIN(s.starts_ms), MAX(s.ends_ms) FROM segment s WHERE s.booking_id IN"
                + " (SELECT j.value ->> 0 FROM " + db.dialect().jsonValues() + " j) GROUP BY s.booking_id";
        // Tens of thousands of lookups spread over the whole segment index, each page read once.
        db.readingOnce(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                ps.setString(1, JsonText.rows(bookingIds, (id, json) -> JsonText.appendString(json, id)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        });
        return out;
    }

    /** Open incidents' overdue and open task counts: id → {open tasks, overdue tasks}. */
    public Map<Long, int[]> taskCounts(long nowMs) {
        Map<Long, int[]> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT incident_id,"
                + " SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'open' AND due_ms <= ? THEN 1 ELSE 0 END)"
                + " FROM task GROUP BY incident_id")) {
            ps.setLong(1, nowMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    /** Affected bookings and travelers per incident: id → {bookings, travelers}. */
    public Map<Long, long[]> affectedCounts() {
        Map<Long, long[]> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT incident_id, COUNT(*), SUM(travelers)"
                + " FROM incident_booking WHERE status = 'affected' GROUP BY incident_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    private List<Incident> select(String sql, Object param) {
        List<Incident> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            if (param instanceof Long l) ps.setLong(1, l);
            else if (param instanceof String s) ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(map(rs));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    private static Incident map(ResultSet rs) throws SQLException {
        return new Incident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8) == 1, JsonText.strings(rs.getString(9)),
                getLong(rs, 10), getLong(rs, 11), rs.getString(12), rs.getString(13), rs.getInt(14) == 1,
                rs.getString(15), rs.getLong(16), rs.getString(17), getLong(rs, 18), rs.getString(19),
                rs.getString(20), rs.getInt(21), rs.getInt(22), getInt(rs, 23), rs.getString(24), rs.getString(25),
                getLong(rs, 26), rs.getInt(27));
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, v);
    }

    static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        String msg = String.valueOf(e.getMessage());
        return "23505".equals(state) || msg.contains("UNIQUE constraint failed") || msg.contains("SQLITE_CONSTRAINT_UNIQUE");
    }
}
