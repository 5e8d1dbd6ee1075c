package io.lifeboat.dataset;

import io.lifeboat.store.BookingRepository;
import io.lifeboat.store.Database;
import io.lifeboat.store.SegmentRepository;
import io.lifeboat.store.SupplierRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a dataset back out in its import format, in key order, so that export → import → export
 * reproduces the same bytes.
 */
public final class Exporter {
    /** RFC 4180 with CRLF line ends, quoting only when a field needs it. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Database db;

    public Exporter(Database db) {
        this.db = db;
    }

    /** Writes the header and every row; returns the number of rows written. */
    public long run(Dataset dataset, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(dataset.columns());
            long[] n = {0};
            switch (dataset) {
                case BOOKINGS -> new BookingRepository(db).forEach(b -> print(printer, new BookingCsv().write(b), n));
                case SEGMENTS -> {
                    SegmentCsv codec = new SegmentCsv();
                    new SegmentRepository(db).forEach(s -> print(printer, codec.write(s), n));
                }
                case SUPPLIERS -> new SupplierRepository(db).forEach(s -> print(printer, new SupplierCsv().write(s), n));
            }
            printer.flush();
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, List<String> row, long[] n) {
        try {
            printer.printRecord(row);
            n[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
