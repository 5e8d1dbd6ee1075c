package io.lifeboat.store;

import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.SegmentKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index side of the exposure query: candidate segments of confirmed bookings overlapping a time
 * window, narrowed by a bounding box (spatial index) or by region codes (region index). Candidates may
 * be a superset in space; the exposure stage applies the exact area test and sorts what it keeps.
 */
public final class ExposureRepository {
    /** What the exposure queries read of a segment, then of its booking: no contact fields (never shown). */
    private static final String SEGMENT_FIELDS = "segment_id, booking_id, seq, kind, supplier_id, place, region, lat,"
            + " lon, starts_at, ends_at, starts_ms, ends_ms";
    private static final String BOOKING_FIELDS = "lead_name, party_size, tier, needs";
    private static final String COLUMNS = prefixed("s", SEGMENT_FIELDS) + ", " + prefixed("b", BOOKING_FIELDS)
            + ", b.phone, b.email, b.locale";

    private final Database db;

    public ExposureRepository(Database db) {
        this.db = db;
    }

    /**
     * The exact test a candidate must pass before its row is read in full: its segment id, region and
     * position (the area test, and the caller's de-duplication).
     */
    @FunctionalInterface
    public interface Candidate {
        boolean accept(long segmentId, String region, double lat, double lon);
    }

    /**
     * Candidates inside a box, exactly filtered on time, kind and booking status; only those {@code candidate}
     * accepts are read in full and handed on. Contact fields (phone, email, locale) are not read: null.
     */
    public void inBox(double minLat, double maxLat, double minLon, double maxLon, long fromMs, long untilMs,
                      Collection<SegmentKind> kinds, Candidate candidate, RowHandler<ExposedSegment> handler) {
        Dialect d = db.dialect();
        String sql = "SELECT " + exposureColumns("x", "x") + " FROM " + d.exposureFrom()
                + " WHERE " + d.exposureBoxCondition()
                + " AND x.starts_ms < ? AND x.ends_ms > ? AND x.lat BETWEEN ? AND ? AND x.lon BETWEEN ? AND ?"
                + " AND x.status = 'confirmed'" + kindFilter("x", kinds);
        exposure(sql, ps -> {
            int i = 1;
            ps.setDouble(i++, minLon);
            ps.setDouble(i++, maxLon);
            ps.setDouble(i++, minLat);
            ps.setDouble(i++, maxLat);
            ps.setLong(i++, fromMs);
            ps.setLong(i++, untilMs);
            ps.setLong(i++, untilMs);
            ps.setLong(i++, fromMs);
            ps.setDouble(i++, minLat);
            ps.setDouble(i++, maxLat);
            ps.setDouble(i++, minLon);
            ps.setDouble(i++, maxLon);
            bindKinds(ps, i, kinds);
        }, candidate, handler);
    }

    /**
     * Candidates whose region is {@code code} or below it ({@code CN-GD} → {@code CN-GD-SZ}); the prefix
     * is a range on the index ({@code '-'} sorts just before {@code '.'}), never a LIKE pattern.
     */
    public void inRegion(String code, long fromMs, long untilMs, Collection<SegmentKind> kinds, Candidate candidate,
                         RowHandler<ExposedSegment> handler) {
        String bytes = db.dialect().bytewise();
        String sql = "SELECT " + exposureColumns("s", "b")
                + " FROM segment s JOIN booking b ON b.booking_id = s.booking_id"
                + " WHERE (s.region = ? OR (s.region" + bytes + " >= ? AND s.region" + bytes + " < ?))"
                + " AND s.starts_ms < ? AND s.ends_ms > ? AND b.status = 'confirmed'" + kindFilter("s", kinds);
        exposure(sql, ps -> {
            int i = 1;
            ps.setString(i++, code);
            ps.setString(i++, code + "-");
            ps.setString(i++, code + ".");
            ps.setLong(i++, untilMs);
            ps.setLong(i++, fromMs);
            bindKinds(ps, i, kinds);
        }, candidate, handler);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void exposure(String sql, Binder binder, Candidate candidate, RowHandler<ExposedSegment> handler) {
        db.readingOnce(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                binder.bind(ps);
                streamExposure(ps, candidate, handler);
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        });
    }

    /**
     * The segments of one booking (confirmed or not: a per-traveler incident names its booking) that end
     * after {@code fromMs} and, when {@code untilMs} is given, start before it.
     */
    public void forBooking(String bookingId, long fromMs, Long untilMs, Collection<SegmentKind> kinds,
                           RowHandler<ExposedSegment> handler) {
        String sql = "SELECT " + COLUMNS + " FROM segment s JOIN booking b ON b.booking_id = s.booking_id"
                + " WHERE s.booking_id = ? AND s.ends_ms > ?" + (untilMs == null ? "" : " AND s.starts_ms < ?")
                + kindFilter("s", kinds) + " ORDER BY s.seq";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, bookingId);
            ps.setLong(i++, fromMs);
            if (untilMs != null) ps.setLong(i++, untilMs);
            bindKinds(ps, i, kinds);
            stream(ps, handler);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static String kindFilter(String alias, Collection<SegmentKind> kinds) {
        if (kinds.isEmpty()) return "";
        return " AND " + alias + ".kind IN (" + "?, ".repeat(kinds.size() - 1) + "?)";
    }

    private static String prefixed(String alias, String columns) {
        return alias + "." + String.join(", " + alias + ".", columns.split(", "));
    }

    private static void bindKinds(PreparedStatement ps, int from, Collection<SegmentKind> kinds) throws SQLException {
        int i = from;
        for (SegmentKind k : kinds) ps.setString(i++, k.code());
    }

    private static void stream(PreparedStatement ps, RowHandler<ExposedSegment> handler) throws SQLException {
        ps.setFetchSize(1000);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.accept(new ExposedSegment(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        SegmentKind.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getDouble(8), rs.getDouble(9), rs.getString(10), rs.getString(11), rs.getLong(12),
                        rs.getLong(13), rs.getString(14), rs.getInt(15), rs.getString(16),
                        tags(rs.getString(17)), rs.getString(18), rs.getString(19), rs.getString(20)));
            }
        }
    }

    /**
     * The exposure query's select list: position, then (where the dialect packs rows) the text fields in one
     * value, then every field on its own; the columns are read only where the packed value cannot be split.
     */
    private String exposureColumns(String segment, String booking) {
        String columns = segment + ".lat, " + segment + ".lon, ";
        String packed = db.dialect().packed(PACKED.stream().map(c -> (PACKED_FROM_BOOKING.contains(c) ? booking : segment)
                + "." + c).toList(), Set.of(segment + ".supplier_id"));
        return columns + (packed == null ? "NULL" : packed) + ", " + prefixed(segment, SEGMENT_FIELDS) + ", "
                + prefixed(booking, BOOKING_FIELDS);
    }

    /** The text fields of a packed exposure row, in order; lat and lon are read as numbers. */
    private static final List<String> PACKED = List.of("segment_id", "booking_id", "seq", "kind", "supplier_id",
            "place", "region", "starts_at", "ends_at", "starts_ms", "ends_ms", "lead_name", "party_size", "tier",
            "needs");
    private static final Set<String> PACKED_FROM_BOOKING = Set.of("lead_name", "party_size", "tier", "needs");

    /**
     * Rows in the order of {@link #exposureColumns}; a candidate is tested on its id, region and position before
     * the rest of its row is built. Rows come in no particular order: the caller sorts what it keeps, which
     * costs less than sorting every candidate in the database.
     */
    private static void streamExposure(PreparedStatement ps, Candidate candidate, RowHandler<ExposedSegment> handler)
            throws SQLException {
        ps.setFetchSize(1000);
        RowReader reader = new RowReader(candidate, handler);
        try (ResultSet rs = ps.executeQuery()) {
            ExposureStream.run(rs, PACKED.size() - 1, ExposureRepository::columns, reader::read);
        }
    }

    /** A row read column by column, one value per {@link #PACKED} field (positions as in exposureColumns). */
    private static Object[] columns(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(10), rs.getString(13), rs.getString(14), rs.getLong(15), rs.getLong(16),
            rs.getString(17), rs.getInt(18), rs.getString(19), rs.getString(20)};
    }

    /** Tests and builds one exposure row, packed or read as columns. */
    private static final class RowReader {
        private final Candidate candidate;
        private final RowHandler<ExposedSegment> handler;
        private final PackedRow packed = new PackedRow(PACKED.size());
        private final Map<String, List<String>> needs = new HashMap<>();

        RowReader(Candidate candidate, RowHandler<ExposedSegment> handler) {
            this.candidate = candidate;
            this.handler = handler;
        }

        void read(double lat, double lon, byte[] bytes, Object[] c) {
            if (bytes != null && packed.split(bytes)) {
                long id = packed.longField(0);
                String region = packed.field(6);
                if (!candidate.accept(id, region, lat, lon)) return;
                handler.accept(new ExposedSegment(id, packed.field(1), packed.intField(2),
                        SegmentKind.parse(packed.field(3)), packed.empty(4) ? null : packed.fieldAfterMark(4),
                        packed.field(5), region, lat, lon, packed.field(7), packed.field(8), packed.longField(9),
                        packed.longField(10), packed.field(11), packed.intField(12), packed.field(13),
                        needs.computeIfAbsent(packed.field(14), ExposureRepository::tags), null, null, null));
            } else {
                long id = (Long) c[0];
                String region = (String) c[6];
                if (!candidate.accept(id, region, lat, lon)) return;
                handler.accept(new ExposedSegment(id, (String) c[1], (Integer) c[2], SegmentKind.parse((String) c[3]),
                        (String) c[4], (String) c[5], region, lat, lon, (String) c[7], (String) c[8], (Long) c[9],
                        (Long) c[10], (String) c[11], (Integer) c[12], (String) c[13],
                        needs.computeIfAbsent((String) c[14], ExposureRepository::tags), null, null, null));
            }
        }
    }

    private static List<String> tags(String s) {
        return BookingRepository.splitTags(s);
    }
}
