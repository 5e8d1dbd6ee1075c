package io.lifeboat.dataset;

import java.util.List;
import java.util.Locale;

/** The three files an operator loads: bookings, their segments, and suppliers. */
public enum Dataset {
    BOOKINGS(new BookingCsv()),
    SEGMENTS(new SegmentCsv()),
    SUPPLIERS(new SupplierCsv());

    private final CsvCodec<?> codec;

    Dataset(CsvCodec<?> codec) {
        this.codec = codec;
    }

    CsvCodec<?> codec() {
        return codec;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> columns() {
        return codec.columns();
    }
}
