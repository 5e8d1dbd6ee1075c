package io.lifeboat.notify;

import io.lifeboat.common.Avalanche;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Digests of what a draft is rendered from: the template text, the variables of its scopes and where it
 * goes. Two equal digests mean rendering would give the same text, so a re-draft can keep the stored one
 * without rendering it again. Values are fed in one canonical form (map keys sorted, every value tagged with
 * its type and length) so that different variables never feed the same characters.
 *
 * <p>The digest is 128 bits from two different multiplicative hashes of the characters, each finished with
 * a full mix, not a cryptographic one: it is there to tell changed inputs from unchanged ones, where an
 * accidental match is vanishingly unlikely. SHA-256 cost about as much CPU as composing every draft under
 * the launcher's client-only compiler, which has no SHA intrinsics. Whoever could choose booking data to
 * force a match could as well change the data itself.
 */
final class DraftInputs {
    /**
     * Changes whenever the same template and variables would render a different text (how rendering,
     * escaping or trimming works): stored digests of an older renderer then never match.
     */
    private static final String RENDERER = "lifeboat-draft-1";
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private long h1;
    private long h2;
    private long length;

    /** The digest of a list of values (strings, numbers, booleans, lists and maps of them, nulls). */
    long[] digest(Object... values) {
        start();
        for (Object v : values) write(v);
        return finish();
    }

    /** A draft's digest, as stored (32 hex digits): what it shares with other drafts, then what is its own. */
    String of(long[] shared, long[] own, String address) {
        start();
        putLong(shared[0]);
        putLong(shared[1]);
        putLong(own[0]);
        putLong(own[1]);
        putString(address);
        long[] d = finish();
        return hex(d[0]) + hex(d[1]);
    }

    private static String hex(long v) {
        String s = Long.toHexString(v);
        return "0".repeat(16 - s.length()) + s;
    }

    private void start() {
        h1 = FNV_OFFSET;
        h2 = GOLDEN;
        length = 0;
        putString(RENDERER);
    }

    private long[] finish() {
        long a = Avalanche.mix(h1 ^ length);
        long b = Avalanche.mix(h2 ^ a);
        return new long[] {a, b};
    }

    private void put(char c) {
        h1 = (h1 ^ c) * FNV_PRIME;
        h2 = Long.rotateLeft(h2 ^ c, 27) * GOLDEN;
        length++;
    }

    private void putString(String s) {
        for (int i = 0; i < s.length(); i++) put(s.charAt(i));
    }

    private void putLong(long v) {
        for (int shift = 0; shift < 64; shift += 16) put((char) (v >>> shift));
    }

    private void putNumber(long n, char tag) {
        put(tag);
        putLong(n);
    }

    private void write(Object v) {
        if (v == null) {
            put('~');
        } else if (v instanceof String s) {
            putNumber(s.length(), 's');
            putString(s);
        } else if (v instanceof Integer i) {
            putNumber(i, 'i');
        } else if (v instanceof Long l) {
            putNumber(l, 'l');
        } else if (v instanceof Boolean b) {
            put(b ? 'T' : 'F');
        } else if (v instanceof List<?> l) {
            putNumber(l.size(), '[');
            for (Object x : l) write(x);
        } else if (v instanceof Map<?, ?> m) {
            putNumber(m.size(), '{');
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                write(e.getKey());
                write(e.getValue());
            }
        } else {
            // A variable of another type would render through its toString(): refuse rather than guess.
            throw new IllegalArgumentException("no canonical form for " + v.getClass().getName());
        }
    }
}
