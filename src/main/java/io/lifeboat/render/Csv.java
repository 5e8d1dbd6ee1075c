package io.lifeboat.render;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * CSV output for scripts: RFC 4180 (CRLF, quotes only where needed), UTF-8, a header row. The bytes are
 * those of commons-csv's {@code CSVFormat.RFC4180} (its minimal quoting, tested against it); each record
 * is built in memory and written in one call, which keeps large exports (50,000 rows) cheap.
 */
public final class Csv implements AutoCloseable {
    private final PrintWriter out;
    private final StringBuilder record = new StringBuilder(256);

    public Csv(PrintWriter out, List<String> header) {
        this.out = out;
        row(header);
    }

    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) {
        record.setLength(0);
        boolean first = true;
        for (Object v : values) {
            if (!first) record.append(',');
            field(record, v, first);
            first = false;
        }
        out.append(record.append("\r\n"));
    }

    /**
     * One value: null as nothing, anything else as its text, quoted when it is empty at the start of a record,
     * starts with a character up to {@code #}, contains a comma, quote, CR or LF, or ends with a space or control
     * character; quotes inside are doubled.
     */
    static void field(StringBuilder sb, Object value, boolean startOfRecord) {
        if (value == null) return;
        CharSequence s = value instanceof CharSequence cs ? cs : value.toString();
        int len = s.length();
        boolean quote;
        if (len == 0) {
            quote = startOfRecord;
        } else if (s.charAt(0) <= '#') {
            quote = true;
        } else {
            quote = s.charAt(len - 1) <= ' ';
            for (int i = 0; i < len && !quote; i++) {
                char c = s.charAt(i);
                quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        sb.append('"');
    }

    @Override
    public void close() {
        out.flush();
    }
}
