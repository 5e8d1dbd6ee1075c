package io.lifeboat.dataset;

import io.lifeboat.model.Segment;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.store.SegmentRepository;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** {@code segments.csv}: booking_id, seq, kind, supplier_id, place, region, lat, lon, start, end. */
final class SegmentCsv implements CsvCodec<Segment> {
    static final List<String> COLUMNS = List.of(
            "booking_id", "seq", "kind", "supplier_id", "place", "region", "lat", "lon", "start", "end");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "booking_id,seq";
    }

    @Override
    public String key(Segment s) {
        return s.bookingId() + '\u0000' + s.seq();
    }

    @Override
    public Segment read(RowCheck ck) {
        String booking = ck.id(0);
        int seq = ck.integer(1, 1, 100_000);
        SegmentKind kind = ck.kind(2);
        String supplier = ck.optional(3);
        String place = ck.text(4);
        String region = ck.region(5);
        double lat = ck.coordinate(6, 90);
        double lon = ck.coordinate(7, 180);
        OffsetDateTime start = ck.instant(8);
        OffsetDateTime end = ck.instant(9);
        if (start != null && end != null && !end.isAfter(start)) {
            ck.fail("end", ck.raw(9) + " is not after start " + ck.raw(8));
        }
        return ck.ok() ? new Segment(booking, seq, kind, supplier, place, region, lat, lon, start, end) : null;
    }

    @Override
    public List<String> write(Segment s) {
        return Arrays.asList(s.bookingId(), Integer.toString(s.seq()), s.kind().code(), BookingCsv.nz(s.supplierId()),
                s.place(), s.region(), Numbers.coordinate(s.lat()), Numbers.coordinate(s.lon()),
                SegmentRepository.format(s.start()), SegmentRepository.format(s.end()));
    }
}
