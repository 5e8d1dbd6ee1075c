package io.lifeboat.dataset;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file (UTF-8, with or without a byte-order mark) whose header must name
 * exactly the expected columns, in any order. Bytes that are not UTF-8 decode to U+FFFD, which the
 * row check reports at the exact line and field (decoding reads ahead, so it cannot know the line). Tracks the physical line where each record starts,
 * so problems point at the line a person sees in an editor, even after quoted multi-line fields.
 */
public final class CsvRows implements AutoCloseable, Row {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(true)
            .get();

    /** Where records come from: Commons CSV, or the plain-line reader with Commons CSV behind it. */
    private interface Records extends AutoCloseable {
        /** The next record's fields in file order, or null at the end of the file. */
        String[] next() throws IOException;

        /** Lines consumed so far, as Commons CSV counts them. */
        long linesConsumed();

        @Override
        void close() throws IOException;
    }

    private final String file;
    private final int[] index;
    private final List<String> columns;
    private final Records records;
    private String[] current;
    private long currentLine;
    private long linesConsumed;

    private CsvRows(String file, Records records, List<String> columns, int[] index) {
        this.file = file;
        this.records = records;
        this.columns = columns;
        this.index = index;
        this.linesConsumed = records.linesConsumed();
    }

    /**
     * Opens {@code in} and checks its header against {@code columns}. A missing or unknown column is
     * an input error reported at line 1; the stream is closed on failure.
     */
    public static CsvRows open(String file, InputStream raw, List<String> columns) {
        return open(file, columns, () -> commons(raw));
    }

    /**
     * Like {@link #open(String, InputStream, List)}, for input that can be read again from the start
     * (a file): plain lines are read by a fast reader, and at the first line that is not plain, Commons
     * CSV reads the input again from the start, passes the records already given, and carries on, so
     * that records, line numbers and syntax errors are Commons CSV's in every case.
     */
    public static CsvRows open(String file, Supplier<InputStream> source, List<String> columns) {
        return open(file, columns, () -> new Plain(source));
    }

    private interface Opener {
        Records open() throws IOException;
    }

    private static CsvRows open(String file, List<String> columns, Opener opener) {
        Records records = null;
        try {
            records = opener.open();
            String[] header = records.next();
            if (header == null) {
                throw new InvalidInputException(Problem.at(file, 1, "header",
                        "the file is empty; expected a header row: " + String.join(",", columns)));
            }
            int[] index = headerIndex(file, header, columns);
            CsvRows rows = new CsvRows(file, records, columns, index);
            records = null;
            return rows;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(file, 1, "header", "cannot read: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Problem.at(file, 1, "header", "cannot read: " + e.getCause().getMessage()));
        } finally {
            if (records != null) closeQuietly(records);
        }
    }

    private static int[] headerIndex(String file, String[] header, List<String> columns) {
        Map<String, Integer> seen = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (!columns.contains(name)) {
                problems.add(Problem.at(file, 1, "header", "unknown column '" + name + "'; expected "
                        + String.join(",", columns)));
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add(Problem.at(file, 1, "header", "column '" + name + "' appears twice"));
            }
        }
        int[] index = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Integer at = seen.get(columns.get(c));
            if (at == null) {
                problems.add(Problem.at(file, 1, "header", "missing column '" + columns.get(c) + "'"));
            } else {
                index[c] = at;
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return index;
    }

    /** Advances to the next record; false at the end of the file. Unreadable input is an input error. */
    public boolean next() {
        try {
            String[] record = records.next();
            if (record == null) return false;
            current = record;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(file, linesConsumed + 1, "row",
                    "cannot parse CSV: " + rootMessage(e)));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Problem.at(file, linesConsumed + 1, "row",
                    "cannot parse CSV: " + rootMessage(e)));
        } catch (IllegalStateException e) {
            throw new InvalidInputException(Problem.at(file, linesConsumed + 1, "row",
                    "cannot parse CSV: " + rootMessage(e)));
        }
        currentLine = linesConsumed + 1;
        linesConsumed = records.linesConsumed();
        return true;
    }

    /** The physical line (1-based, header is line 1) where the current record starts. */
    @Override
    public long line() {
        return currentLine;
    }

    @Override
    public String file() {
        return file;
    }

    /** Number of fields in the current record, to detect short or long rows. */
    @Override
    public int width() {
        return current.length;
    }

    @Override
    public int expectedWidth() {
        return columns.size();
    }

    /** The value of expected column {@code c} (its position in the column list given to open), or "" if absent. */
    @Override
    public String get(int c) {
        int i = index[c];
        return i < current.length ? current[i] : "";
    }

    /** The current record, copied in the expected column order. */
    RowSnapshot snapshot() {
        String[] values = new String[columns.size()];
        for (int c = 0; c < values.length; c++) values[c] = get(c);
        return new RowSnapshot(file, currentLine, current.length, values);
    }

    /** Bytes read from the file so far (read-ahead included), for progress. */
    public long position() {
        return records instanceof Plain plain ? plain.position() : ((Commons) records).counter.count;
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commons CSV over {@code raw} (UTF-8, byte-order mark skipped, bad bytes as U+FFFD). */
    private static Commons commons(InputStream raw) throws IOException {
        CountingStream in = new CountingStream(raw);
        try {
            CSVParser parser = CSVParser.builder().setReader(withoutBom(decoder(in))).setFormat(FORMAT).get();
            return new Commons(parser, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static Reader decoder(InputStream in) {
        return new BufferedReader(utf8(in), 1 << 16);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static final class Commons implements Records {
        private final CSVParser parser;
        private final Iterator<CSVRecord> it;
        final CountingStream counter;

        Commons(CSVParser parser, CountingStream counter) {
            this.parser = parser;
            this.it = parser.iterator();
            this.counter = counter;
        }

        @Override
        public String[] next() {
            return it.hasNext() ? it.next().values() : null;
        }

        @Override
        public long linesConsumed() {
            return parser.getCurrentLineNumber();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /**
     * The plain-line reader while lines are plain; at the first line that is not, Commons CSV from the
     * start of the input, past the records already given (which it reads the same).
     */
    private static final class Plain implements Records {
        private final Supplier<InputStream> source;
        private CountingStream counter;
        private PlainCsv plain;
        private Commons commons;
        private long given;
        private long lines;
        private long position;

        Plain(Supplier<InputStream> source) {
            this.source = source;
            this.counter = new CountingStream(source.get());
            this.plain = new PlainCsv(utf8(counter));
        }

        @Override
        public String[] next() throws IOException {
            if (commons == null) {
                String[] record = plain.next();
                if (record != PlainCsv.NOT_PLAIN) {
                    if (record != null) {
                        given++;
                        lines++;
                    }
                    return record;
                }
                handOver();
            }
            return commons.next();
        }

        private void handOver() throws IOException {
            position = counter.count;
            counter.close();
            plain = null;
            commons = commons(source.get());
            for (long i = 0; i < given; i++) commons.next();
        }

        @Override
        public long linesConsumed() {
            return commons != null ? commons.linesConsumed() : lines;
        }

        long position() {
            return commons != null ? Math.max(position, commons.counter.count) : counter.count;
        }

        @Override
        public void close() throws IOException {
            if (commons != null) commons.close();
            else counter.close();
        }
    }

    /** Counts bytes as they are read. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pb = new PushbackReader(reader, 1);
        int first = pb.read();
        if (first != -1 && first != '\uFEFF') pb.unread(first);
        return pb;
    }

    private static void closeQuietly(Records records) {
        try {
            records.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
