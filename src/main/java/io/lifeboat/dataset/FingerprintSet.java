package io.lifeboat.dataset;

import io.lifeboat.common.Avalanche;

/**
 * A compact set of 64-bit key fingerprints (8 bytes a key instead of a String and a hash-map node),
 * so duplicate detection over a 3-million-row file costs tens of megabytes, not hundreds. A hit is
 * only a candidate: the importer confirms candidates exactly before reporting them.
 */
final class FingerprintSet {
    private long[] table;
    private int size;
    private boolean hasZero;

    /** A set sized for about {@code expected} keys without growing (it grows past that). */
    FingerprintSet(long expected) {
        long want = Math.max(1 << 16, Math.min(1L << 28, 2 * expected));
        table = new long[(int) (Long.highestOneBit(want - 1) << 1)];
    }

    /** Adds a key's fingerprint; returns false when it was already present. */
    boolean add(long h) {
        if (h == 0) {
            if (hasZero) return false;
            hasZero = true;
            return true;
        }
        if (size * 2 >= table.length) grow();
        if (!insert(table, h)) return false;
        size++;
        return true;
    }

    private static boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = t[i];
            if (v == 0) {
                t[i] = h;
                return true;
            }
            if (v == h) return false;
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != 0) insert(bigger, v);
        }
        table = bigger;
    }

    /** A 64-bit hash of the key's characters (in memory only, so it need not be stable across versions). */
    static long fingerprint(String key) {
        int n = key.length();
        long h = 0x9E3779B97F4A7C15L ^ n;
        for (int i = 0; i < n; i++) {
            h ^= key.charAt(i);
            h *= 0x100000001B3L;
            h = Long.rotateLeft(h, 27);
        }
        // Final avalanche so nearby keys spread across the table.
        return Avalanche.mix(h);
    }
}
