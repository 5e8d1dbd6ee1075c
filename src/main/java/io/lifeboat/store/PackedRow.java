package io.lifeboat.store;

import java.nio.charset.StandardCharsets;

/**
 * One packed row ({@link Dialect#packed}) as the UTF-8 bytes the driver hands over: field boundaries found
 * once, fields decoded only when asked for, numbers parsed straight from the bytes. Reading the bytes
 * skips the driver's own text decoding of the whole value (measured: the larger part of a cold query's
 * Java time). UTF-8 never uses the separator's byte inside a multi-byte character, so splitting bytes is
 * splitting characters. A value that itself holds the separator does not split into the expected number of
 * fields; the caller then reads that row's columns one by one, so no text is ever misread.
 */
final class PackedRow {
    private static final byte SEPARATOR = 0x1f;
    private final int[] starts;
    private final int[] ends;
    private byte[] bytes;

    PackedRow(int fields) {
        starts = new int[fields];
        ends = new int[fields];
    }

    /** Splits {@code value}; false when it is null or does not hold exactly the expected number of fields. */
    boolean split(byte[] value) {
        bytes = value;
        if (value == null) return false;
        int last = starts.length - 1;
        int field = 0;
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] != SEPARATOR) continue;
            if (field == last) return false;
            starts[field] = start;
            ends[field++] = i;
            start = i + 1;
        }
        if (field != last) return false;
        starts[field] = start;
        ends[field] = value.length;
        return true;
    }

    boolean splitText(String value) {
        return split(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    String field(int i) {
        return new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Whether field {@code i} is empty. */
    boolean empty(int i) {
        return ends[i] == starts[i];
    }

    /** Field {@code i} without its first byte (a one-byte marker such as the not-null mark). */
    String fieldAfterMark(int i) {
        return new String(bytes, starts[i] + 1, ends[i] - starts[i] - 1, StandardCharsets.UTF_8);
    }

    /** A decimal integer field, as SQLite writes one: optional minus sign, then digits. */
    long longField(int i) {
        int p = starts[i];
        int end = ends[i];
        boolean negative = p < end && bytes[p] == '-';
        if (negative) p++;
        if (p == end || end - p > 19) throw new NumberFormatException(field(i));
        long v = 0;
        for (; p < end; p++) {
            int d = bytes[p] - '0';
            if (d < 0 || d > 9) throw new NumberFormatException(field(i));
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    int intField(int i) {
        return Math.toIntExact(longField(i));
    }
}
