package io.lifeboat.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast reader for the plain lines that make up almost every CSV file: one record per line, ended by
 * LF or CRLF (or the end of the file), fields separated by commas, a field either free of quotes or
 * quoted whole on its line ({@code "Smith, John"}, {@code "say ""hi"""}). On such lines it gives
 * exactly what Commons CSV gives with {@link CsvRows}'s format; on anything else (an empty line, a
 * lone CR, a quote inside a field, text after a closing quote, a quoted field over several lines,
 * which is also where every syntax error lies) it answers {@link #NOT_PLAIN} and leaves the rest to
 * Commons CSV. It reads whole buffers at once instead of a character at a time.
 */
final class PlainCsv {
    /** Answer of {@link #next()} for a line it does not read; nothing of that line is consumed. */
    static final String[] NOT_PLAIN = new String[0];

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private final List<String> fields = new ArrayList<>(16);
    private final StringBuilder quoted = new StringBuilder();

    PlainCsv(Reader in) {
        this.in = in;
    }

    /** The next record's fields, in file order; null at the end of the file; {@link #NOT_PLAIN}. */
    String[] next() throws IOException {
        if (!started) {
            started = true;
            fill();
            if (limit > 0 && buf[0] == '\uFEFF') pos = 1;
        }
        int lf = indexOfLf();
        if (pos == limit) return null;
        int end = lf < 0 ? limit : lf;
        int contentEnd = lf > pos && buf[lf - 1] == '\r' ? lf - 1 : end;
        if (contentEnd == pos) return NOT_PLAIN; // an empty line (Commons CSV skips it and counts it)
        String[] record = parse(pos, contentEnd);
        if (record == NOT_PLAIN) return NOT_PLAIN;
        pos = lf < 0 ? limit : lf + 1;
        return record;
    }

    /** Index of the next LF from {@code pos}, reading more input as needed; -1 at the end of the file. */
    private int indexOfLf() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') return i;
            }
            if (eof) return -1;
            from = limit - pos;
            compactAndFill();
        }
    }

    private void compactAndFill() throws IOException {
        int rest = limit - pos;
        if (pos == 0 && limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            System.arraycopy(buf, pos, buf, 0, rest);
        }
        pos = 0;
        limit = rest;
        fill();
    }

    private void fill() throws IOException {
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
            if (n > 0) return;
        }
    }

    private String[] parse(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\r') return NOT_PLAIN; // a lone CR ends a line for Commons CSV
        }
        fields.clear();
        int i = from;
        while (true) {
            if (i < to && buf[i] == '"') {
                quoted.setLength(0);
                int j = i + 1;
                while (true) {
                    if (j >= to) return NOT_PLAIN; // the quote does not close on this line
                    char c = buf[j];
                    if (c == '"') {
                        if (j + 1 < to && buf[j + 1] == '"') {
                            quoted.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    quoted.append(c);
                    j++;
                }
                fields.add(quoted.toString());
                i = j + 1;
                if (i == to) break;
                if (buf[i] != ',') return NOT_PLAIN; // text after the closing quote
                i++;
            } else {
                int j = i;
                while (j < to && buf[j] != ',') {
                    if (buf[j] == '"') return NOT_PLAIN;
                    j++;
                }
                fields.add(new String(buf, i, j - i));
                if (j == to) break;
                i = j + 1;
            }
        }
        return fields.toArray(new String[0]);
    }
}
