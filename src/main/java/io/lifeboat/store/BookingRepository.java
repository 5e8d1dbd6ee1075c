package io.lifeboat.store;

import io.lifeboat.model.Booking;
import io.lifeboat.model.Tags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Bookings: upsert by {@code booking_id}, stream in key order, look up existence in chunks. */
public final class BookingRepository {
    static final List<String> COLUMNS = List.of(
            "booking_id", "lead_name", "party_size", "phone", "email", "locale", "tier", "needs", "status");
    private static final int CHUNK = 500;

    private final Database db;

    public BookingRepository(Database db) {
        this.db = db;
    }

    public long count() {
        return Rows.count(db, "booking");
    }

    public Upserter<Booking> upserter() {
        return new Upserter<>(db.connection(), "booking", List.of("booking_id"), COLUMNS, (ps, at, b) -> {
            ps.setString(at + 1, b.bookingId());
            ps.setString(at + 2, b.leadName());
            ps.setInt(at + 3, b.partySize());
            Rows.setNullable(ps, at + 4, b.phone());
            Rows.setNullable(ps, at + 5, b.email());
            ps.setString(at + 6, b.locale());
            ps.setString(at + 7, b.tier());
            ps.setString(at + 8, Tags.join(b.needs()));
            ps.setString(at + 9, b.status());
        });
    }

    /** Which of {@code ids} exist; queried in chunks of bound parameters (never string-built values). */
    public Set<String> existing(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> list = new ArrayList<>(ids);
        Connection c = db.connection();
        try {
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<String> part = list.subList(from, Math.min(list.size(), from + CHUNK));
                String sql = "SELECT booking_id FROM booking WHERE booking_id IN ("
                        + "?, ".repeat(part.size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) found.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return found;
    }

    /**
     * Begins a bulk write of bookings in the current transaction: the engine may defer upkeep of derived rows
     * until {@link BulkWrite#finish()}, which must run before the transaction commits.
     */
    public BulkWrite beginBulkWrite() {
        try {
            return db.dialect().beginBulkWrite(db.connection(), "booking");
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public void forEach(RowHandler<Booking> handler) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT " + String.join(", ", COLUMNS) + " FROM booking ORDER BY booking_id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) handler.accept(map(rs));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    static Booking map(ResultSet rs) throws SQLException {
        return new Booking(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), splitTags(rs.getString(8)), rs.getString(9));
    }

    static List<String> splitTags(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(";"));
    }
}
