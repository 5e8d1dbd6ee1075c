package io.lifeboat.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV output for scripts: RFC 4180 (CRLF, quotes only where needed), UTF-8, a header row. */
public final class Csv implements AutoCloseable {
    private final CSVPrinter printer;

    public Csv(PrintWriter out, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<?> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
