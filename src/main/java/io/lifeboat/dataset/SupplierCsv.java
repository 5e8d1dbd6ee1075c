package io.lifeboat.dataset;

import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import io.lifeboat.model.Tags;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * {@code suppliers.csv}: supplier_id, name, kind, region, lat, lon, capacity, unit_cost, currency,
 * agreement, phone, email, locale, features.
 */
final class SupplierCsv implements CsvCodec<Supplier> {
    static final List<String> COLUMNS = List.of("supplier_id", "name", "kind", "region", "lat", "lon", "capacity",
            "unit_cost", "currency", "agreement", "phone", "email", "locale", "features");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "supplier_id";
    }

    @Override
    public String key(Supplier s) {
        return s.supplierId();
    }

    @Override
    public Supplier read(RowCheck ck) {
        String id = ck.id(0);
        String name = ck.text(1);
        SegmentKind kind = ck.kind(2);
        String region = ck.region(3);
        double lat = ck.coordinate(4, 90);
        double lon = ck.coordinate(5, 180);
        int capacity = ck.integer(6, 0, 10_000_000);
        String currency = ck.currency(8);
        BigDecimal cost = ck.money(7, currency);
        String agreement = ck.oneOf(9, Supplier.PRIMARY, Supplier.STANDBY);
        String phone = ck.phone(10);
        String email = ck.email(11);
        String locale = ck.locale(12);
        List<String> features = ck.tags(13);
        return ck.ok() ? new Supplier(id, name, kind, region, lat, lon, capacity, cost, currency, agreement,
                phone, email, locale, features) : null;
    }

    @Override
    public List<String> write(Supplier s) {
        return Arrays.asList(s.supplierId(), s.name(), s.kind().code(), s.region(), Numbers.coordinate(s.lat()),
                Numbers.coordinate(s.lon()), Integer.toString(s.capacity()), s.unitCost().toPlainString(),
                s.currency(), s.agreement(), BookingCsv.nz(s.phone()), BookingCsv.nz(s.email()), s.locale(),
                Tags.join(s.features()));
    }
}
