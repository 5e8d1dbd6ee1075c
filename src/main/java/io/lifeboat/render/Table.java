package io.lifeboat.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table sized to the terminal: columns as wide as their content, and when the whole is wider
 * than the screen, the widest wrappable columns wrap (at spaces, or between CJK characters) rather
 * than the terminal breaking lines in the middle of a row.
 */
public final class Table {

    /** A column: header, right-aligned (numbers), and whether it may wrap. */
    public record Column(String header, boolean right, boolean wraps) {
        public static Column left(String header) {
            return new Column(header, false, true);
        }

        public static Column right(String header) {
            return new Column(header, true, false);
        }

        public static Column fixed(String header) {
            return new Column(header, false, false);
        }
    }

    private static final String GAP = "  ";
    private static final int MIN_WRAP = 8;

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public Table(Column... columns) {
        this(List.of(columns));
    }

    public Table row(Object... cells) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
            Object c = i < cells.length ? cells[i] : null;
            r[i] = c == null ? "" : c.toString();
        }
        rows.add(r);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out, Style style, int maxWidth) {
        int n = columns.size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = TextWidth.of(columns.get(c).header());
            for (String[] r : rows) {
                for (String line : r[c].split("\n", -1)) width[c] = Math.max(width[c], TextWidth.of(line));
            }
        }
        fit(width, maxWidth);
        String[] header = new String[n];
        for (int c = 0; c < n; c++) header[c] = columns.get(c).header();
        printRow(out, header, width, style, true);
        for (String[] r : rows) printRow(out, r, width, style, false);
        out.flush();
    }

    /**
     * Shrinks wrappable columns, widest first, until the table fits or nothing more can shrink. The widest
     * gives up no more than it takes to reach the next widest, so the wrapping is shared out rather than
     * one long column being crushed to a few characters while its neighbours stay wide.
     */
    private void fit(int[] width, int maxWidth) {
        if (maxWidth <= 0) return;
        while (total(width) > maxWidth) {
            int widest = -1;
            for (int c = 0; c < width.length; c++) {
                if (columns.get(c).wraps() && width[c] > MIN_WRAP && (widest < 0 || width[c] > width[widest])) widest = c;
            }
            if (widest < 0) return;
            int next = MIN_WRAP;
            for (int c = 0; c < width.length; c++) {
                if (c != widest && columns.get(c).wraps() && width[c] > next) next = Math.min(width[c], width[widest]);
            }
            int cut = Math.min(total(width) - maxWidth, Math.max(1, width[widest] - next));
            width[widest] = Math.max(MIN_WRAP, width[widest] - cut);
        }
    }

    private static int total(int[] width) {
        int t = 0;
        for (int w : width) t += w;
        return t + GAP.length() * (width.length - 1);
    }

    private void printRow(PrintWriter out, String[] cells, int[] width, Style style, boolean header) {
        int n = cells.length;
        List<List<String>> wrapped = new ArrayList<>(n);
        int height = 1;
        for (int c = 0; c < n; c++) {
            List<String> lines = wrap(cells[c], width[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < n; c++) {
                List<String> lines = wrapped.get(c);
                String text = l < lines.size() ? lines.get(l) : "";
                boolean last = c == n - 1;
                String padded = last && !columns.get(c).right() ? text : TextWidth.pad(text, width[c], columns.get(c).right());
                sb.append(header ? style.header(padded) : padded);
                if (!last) sb.append(GAP);
            }
            out.println(stripTrailing(sb));
        }
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    /** Word-wraps to {@code width} columns; breaks long words, and CJK text between any two characters. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            if (TextWidth.of(para) <= width) {
                out.add(para);
                continue;
            }
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            int lastSpace = -1;
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                int w = TextWidth.of(cp);
                if (lineWidth + w > width) {
                    if (lastSpace > 0 && cp != ' ') {
                        String carry = line.substring(lastSpace + 1);
                        out.add(line.substring(0, lastSpace).stripTrailing());
                        line.setLength(0);
                        line.append(carry);
                        lineWidth = TextWidth.of(carry);
                    } else {
                        out.add(line.toString().stripTrailing());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    lastSpace = -1;
                    if (cp == ' ') {
                        i += 1;
                        continue;
                    }
                }
                if (cp == ' ') lastSpace = line.length();
                line.appendCodePoint(cp);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            if (line.length() > 0) out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
