package io.lifeboat.store;

import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import io.lifeboat.model.Tags;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Suppliers: upsert by {@code supplier_id}, stream in key order. */
public final class SupplierRepository {
    static final List<String> COLUMNS = List.of("supplier_id", "name", "kind", "region", "lat", "lon", "capacity",
            "unit_cost", "currency", "agreement", "phone", "email", "locale", "features");

    private final Database db;

    public SupplierRepository(Database db) {
        this.db = db;
    }

    public long count() {
        return Rows.count(db, "supplier");
    }

    public Upserter<Supplier> upserter() {
        return new Upserter<>(db.connection(), "supplier", List.of("supplier_id"), COLUMNS, (ps, at, s) -> {
            ps.setString(at + 1, s.supplierId());
            ps.setString(at + 2, s.name());
            ps.setString(at + 3, s.kind().code());
            ps.setString(at + 4, s.region());
            ps.setDouble(at + 5, s.lat());
            ps.setDouble(at + 6, s.lon());
            ps.setInt(at + 7, s.capacity());
            ps.setString(at + 8, s.unitCost().toPlainString());
            ps.setString(at + 9, s.currency());
            ps.setString(at + 10, s.agreement());
            Rows.setNullable(ps, at + 11, s.phone());
            Rows.setNullable(ps, at + 12, s.email());
            ps.setString(at + 13, s.locale());
            ps.setString(at + 14, Tags.join(s.features()));
        });
    }

    public void forEach(RowHandler<Supplier> handler) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT " + String.join(", ", COLUMNS) + " FROM supplier ORDER BY supplier_id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) handler.accept(map(rs));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public List<Supplier> all() {
        List<Supplier> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    static Supplier map(ResultSet rs) throws SQLException {
        return new Supplier(rs.getString(1), rs.getString(2), SegmentKind.parse(rs.getString(3)), rs.getString(4),
                rs.getDouble(5), rs.getDouble(6), rs.getInt(7), new BigDecimal(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                BookingRepository.splitTags(rs.getString(14)));
    }
}
