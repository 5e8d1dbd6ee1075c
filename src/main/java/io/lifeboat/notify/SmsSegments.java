package io.lifeboat.notify;

/**
 * How many SMS segments a text needs, as a gateway bills it. GSM 03.38 texts (the basic character set, with
 * the extension table's characters costing two septets each) fit 160 septets in one message, else 153 per
 * segment of a concatenated message; an escape pair is never split across segments. Any other text goes as
 * UCS-2: 70 UTF-16 code units in one message, else 67 per segment, never splitting a surrogate pair.
 */
public final class SmsSegments {
    public static final String GSM7 = "gsm7";
    public static final String UCS2 = "ucs2";

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    /** Septets per character: 1 (basic), 2 (extension table), 0 (not GSM-7). */
    private static final byte[] COST = new byte[0x10000];

    static {
        for (char c : BASIC.toCharArray()) COST[c] = 1;
        for (char c : EXTENSION.toCharArray()) COST[c] = 2;
    }

    /** The count and the encoding of one text. */
    public record Count(int segments, String encoding, int units) {
    }

    private SmsSegments() {
    }

    public static Count count(String text) {
        if (text == null || text.isEmpty()) return new Count(0, GSM7, 0);
        int septets = gsmSeptets(text);
        if (septets >= 0) return pack(text, true, septets, 160, 153, GSM7);
        return pack(text, false, text.length(), 70, 67, UCS2);
    }

    /** Whether every character is in the GSM 7-bit alphabet (basic or extension table). */
    public static boolean isGsm7(String text) {
        return gsmSeptets(text) >= 0;
    }

    /** The septets a GSM-7 text takes, or -1 when a character is not in the GSM 7-bit alphabet. */
    private static int gsmSeptets(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = COST[text.charAt(i)];
            if (cost == 0) return -1;
            total += cost;
        }
        return total;
    }

    /**
     * Fits a text of {@code total} units into one message or, when it does not fit, into segments. The
     * indivisible items are characters (GSM-7: one or two septets) or code points (UCS-2: one or two units).
     */
    private static Count pack(String text, boolean gsm, int total, int single, int perSegment, String encoding) {
        if (total <= single) return new Count(1, encoding, total);
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int size = gsm ? COST[text.charAt(i)] : Character.charCount(text.codePointAt(i));
            i += gsm ? 1 : size;
            if (used + size > perSegment) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new Count(segments, encoding, total);
    }
}
