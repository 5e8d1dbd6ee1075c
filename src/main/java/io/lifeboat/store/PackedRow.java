package io.lifeboat.store;

/**
 * One packed row ({@link Dialect#packed}): field boundaries found once, fields cut out only when asked for.
 * A value that itself holds the separator does not split into the expected number of fields; the caller
 * then reads that row's columns one by one, so no text is ever misread.
 */
final class PackedRow {
    private static final char SEPARATOR = '\u001f';
    private final int[] starts;
    private final int[] ends;
    private String text;

    PackedRow(int fields) {
        starts = new int[fields];
        ends = new int[fields];
    }

    /** Splits {@code value}; false when it is null or does not hold exactly the expected number of fields. */
    boolean split(String value) {
        text = value;
        if (value == null) return false;
        int field = 0;
        int start = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) != SEPARATOR) continue;
            if (field == starts.length - 1) return false;
            starts[field] = start;
            ends[field++] = i;
            start = i + 1;
        }
        if (field != starts.length - 1) return false;
        starts[field] = start;
        ends[field] = n;
        return true;
    }

    String field(int i) {
        return text.substring(starts[i], ends[i]);
    }

    long longField(int i) {
        return Long.parseLong(text, starts[i], ends[i], 10);
    }

    int intField(int i) {
        return Integer.parseInt(text, starts[i], ends[i], 10);
    }
}
