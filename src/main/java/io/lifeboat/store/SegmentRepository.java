package io.lifeboat.store;

import io.lifeboat.model.Segment;
import io.lifeboat.model.SegmentKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Segments: upsert by {@code (booking_id, seq)}, stream in key order. */
public final class SegmentRepository {
    static final List<String> COLUMNS = List.of("booking_id", "seq", "kind", "supplier_id", "place", "region",
            "lat", "lon", "starts_at", "ends_at", "starts_ms", "ends_ms");

    private final Database db;

    public SegmentRepository(Database db) {
        this.db = db;
    }

    public long count() {
        return Rows.count(db, "segment");
    }

    /** The canonical text of an instant: seconds always shown, offset kept ({@code Z} for UTC). */
    public static String format(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    public Upserter<Segment> upserter() {
        return new Upserter<>(db.connection(), "segment", List.of("booking_id", "seq"), COLUMNS, (ps, at, s) -> {
            ps.setString(at + 1, s.bookingId());
            ps.setInt(at + 2, s.seq());
            ps.setString(at + 3, s.kind().code());
            Rows.setNullable(ps, at + 4, s.supplierId());
            ps.setString(at + 5, s.place());
            ps.setString(at + 6, s.region());
            ps.setDouble(at + 7, s.lat());
            ps.setDouble(at + 8, s.lon());
            ps.setString(at + 9, format(s.start()));
            ps.setString(at + 10, format(s.end()));
            ps.setLong(at + 11, s.start().toInstant().toEpochMilli());
            ps.setLong(at + 12, s.end().toInstant().toEpochMilli());
        });
    }

    /**
     * Begins a bulk write of segments in the current transaction: the engine may defer upkeep of derived rows
     * until {@link BulkWrite#finish()}, which must run before the transaction commits.
     */
    public BulkWrite beginBulkWrite() {
        try {
            return db.dialect().beginBulkWrite(db.connection(), "segment");
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public void forEach(RowHandler<Segment> handler) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT booking_id, seq, kind, supplier_id, place, region, lat, lon, starts_at, ends_at"
                        + " FROM segment ORDER BY booking_id, seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(new Segment(rs.getString(1), rs.getInt(2), SegmentKind.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8),
                            OffsetDateTime.parse(rs.getString(9)), OffsetDateTime.parse(rs.getString(10))));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }
}
