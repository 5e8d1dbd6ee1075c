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
        int[] costs = gsmCosts(text);
        if (costs != null) return pack(costs, 160, 153, GSM7);
        int[] units = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            units[n++] = len;
            i += len;
        }
        int[] exact = new int[n];
        System.arraycopy(units, 0, exact, 0, n);
        return pack(exact, 70, 67, UCS2);
    }

    /** Whether every character is in the GSM 7-bit alphabet (basic or extension table). */
    public static boolean isGsm7(String text) {
        return gsmCosts(text) != null;
    }

    private static int[] gsmCosts(String text) {
        int[] costs = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int cost = COST[text.charAt(i)];
            if (cost == 0) return null;
            costs[i] = cost;
        }
        return costs;
    }

    /** Fits indivisible items of the given sizes into one message or, when they do not fit, into segments. */
    private static Count pack(int[] sizes, int single, int perSegment, String encoding) {
        int total = 0;
        for (int s : sizes) total += s;
        if (total <= single) return new Count(1, encoding, total);
        int segments = 1;
        int used = 0;
        for (int s : sizes) {
            if (used + s > perSegment) {
                segments++;
                used = 0;
            }
            used += s;
        }
        return new Count(segments, encoding, total);
    }
}
