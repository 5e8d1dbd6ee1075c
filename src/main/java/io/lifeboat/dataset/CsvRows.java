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

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] index;
    private final List<String> columns;
    private CSVRecord current;
    private long currentLine;
    private long linesConsumed;

    private final CountingStream counter;

    private CsvRows(String file, CSVParser parser, List<String> columns, int[] index, CountingStream counter) {
        this.file = file;
        this.counter = counter;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = columns;
        this.index = index;
        this.linesConsumed = parser.getCurrentLineNumber();
    }

    /**
     * Opens {@code in} and checks its header against {@code columns}. A missing or unknown column is
     * an input error reported at line 1; the stream is closed on failure.
     */
    public static CsvRows open(String file, InputStream raw, List<String> columns) {
        CountingStream in = new CountingStream(raw);
        try {
            Reader reader = withoutBom(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16));
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                throw new InvalidInputException(Problem.at(file, 1, "header",
                        "the file is empty; expected a header row: " + String.join(",", columns)));
            }
            CSVRecord header = it.next();
            Map<String, Integer> seen = new HashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
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
            if (!problems.isEmpty()) {
                parser.close();
                throw new InvalidInputException(problems);
            }
            return new CsvRows(file, parser, columns, index, in);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(file, 1, "header", "cannot read: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Problem.at(file, 1, "header", "cannot read: " + e.getCause().getMessage()));
        }
    }

    /** Advances to the next record; false at the end of the file. Unreadable input is an input error. */
    public boolean next() {
        try {
            if (!records.hasNext()) return false;
            current = records.next();
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Problem.at(file, linesConsumed + 1, "row",
                    "cannot parse CSV: " + rootMessage(e)));
        } catch (IllegalStateException e) {
            throw new InvalidInputException(Problem.at(file, linesConsumed + 1, "row",
                    "cannot parse CSV: " + rootMessage(e)));
        }
        currentLine = linesConsumed + 1;
        linesConsumed = parser.getCurrentLineNumber();
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
        return current.size();
    }

    @Override
    public int expectedWidth() {
        return columns.size();
    }

    /** The value of expected column {@code c} (its position in the column list given to open), or "" if absent. */
    @Override
    public String get(int c) {
        int i = index[c];
        return i < current.size() ? current.get(i) : "";
    }

    /** The current record, copied in the expected column order. */
    RowSnapshot snapshot() {
        String[] values = new String[columns.size()];
        for (int c = 0; c < values.length; c++) values[c] = get(c);
        return new RowSnapshot(file, currentLine, current.size(), values);
    }

    /** Bytes read from the file so far (read-ahead included), for progress. */
    public long position() {
        return counter.count;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
