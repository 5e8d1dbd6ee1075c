package io.lifeboat.dataset;

import io.lifeboat.model.Demand;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Tags;
import java.util.Arrays;
import java.util.List;

/** {@code demand.csv} of {@code realloc solve}: booking_id, units, kind, lat, lon, priority, requires, max_km. */
final class DemandCsv implements CsvCodec<Demand> {
    static final List<String> COLUMNS = List.of("booking_id", "units", "kind", "lat", "lon", "priority", "requires",
            "max_km");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "booking_id";
    }

    @Override
    public String key(Demand d) {
        return d.bookingId();
    }

    @Override
    public Demand read(RowCheck ck) {
        String id = ck.id(0);
        int units = ck.integer(1, 1, 1_000_000);
        SegmentKind kind = ck.kind(2);
        double lat = ck.coordinate(3, 90);
        double lon = ck.coordinate(4, 180);
        int priority = ck.integer(5, -1_000_000, 1_000_000);
        List<String> requires = ck.tags(6);
        double maxKm = ck.positive(7, 20_040);
        return ck.ok() ? new Demand(id, units, kind, lat, lon, priority, requires, maxKm) : null;
    }

    @Override
    public List<String> write(Demand d) {
        return Arrays.asList(d.bookingId(), Integer.toString(d.units()), d.kind().code(), Numbers.coordinate(d.lat()),
                Numbers.coordinate(d.lon()), Integer.toString(d.priority()), Tags.join(d.requires()),
                Numbers.coordinate(d.maxKm()));
    }
}
