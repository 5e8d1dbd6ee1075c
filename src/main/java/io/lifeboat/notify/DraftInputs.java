package io.lifeboat.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Digests of what a draft is rendered from: the template text, the variables of its scopes and where it
 * goes. Two equal digests mean rendering would give the same text, so a re-draft can keep the stored one
 * without rendering it again. Values are written in one canonical form (map keys sorted, every value
 * tagged with its type and length) so that different variables can never write the same bytes.
 */
final class DraftInputs {
    /**
     * Changes whenever the same template and variables would render a different text (how rendering,
     * escaping or trimming works): stored digests of an older renderer then never match.
     */
    private static final String RENDERER = "lifeboat-draft-1";

    private final MessageDigest sha;
    private final StringBuilder text = new StringBuilder(1024);
    /** The canonical text as bytes, reused: it is written for every traveler of an incident. */
    private byte[] bytes = new byte[4096];

    DraftInputs() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The digest of a list of values (strings, numbers, booleans, lists and maps of them, nulls). */
    byte[] digest(Object... values) {
        text.setLength(0);
        text.append(RENDERER);
        for (Object v : values) write(v);
        sha.update(bytes, 0, encode());
        return sha.digest();
    }

    /**
     * Writes the canonical text into {@code bytes}: ASCII as one byte, any other UTF-16 unit as three (a
     * one-to-one encoding, which is all a digest needs; unpaired surrogates included). Returns the length.
     */
    private int encode() {
        int n = text.length();
        if (bytes.length < 3 * n) bytes = new byte[3 * n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else {
                bytes[p++] = (byte) (0xE0 | (c >> 12));
                bytes[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /** A draft's digest, as stored: what it shares with other drafts, then what is its own. */
    String of(byte[] shared, byte[] own, String address) {
        sha.update(shared);
        sha.update(own);
        sha.update(address.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private void write(Object v) {
        if (v == null) {
            text.append('~');
        } else if (v instanceof String s) {
            text.append('s').append(s.length()).append(':').append(s);
        } else if (v instanceof Integer || v instanceof Long) {
            text.append('n').append(v).append(';');
        } else if (v instanceof Boolean b) {
            text.append(b ? 'T' : 'F');
        } else if (v instanceof List<?> l) {
            text.append('[').append(l.size()).append(':');
            for (Object x : l) write(x);
        } else if (v instanceof Map<?, ?> m) {
            text.append('{').append(m.size()).append(':');
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
