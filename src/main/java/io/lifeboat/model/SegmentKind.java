package io.lifeboat.model;

import java.util.Locale;

/** What a segment (or a supplier) is: the unit of travel that a crisis can disrupt. */
public enum SegmentKind {
    HOTEL, CRUISE, COACH, FLIGHT, TRAIN, TOUR, ACTIVITY;

    /** Once, not per call: exposure queries parse and print a kind for every one of 100,000 rows. */
    private static final SegmentKind[] ALL = values();
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** Parses the lower-case code used in CSV files; returns null when unknown. */
    public static SegmentKind parse(String code) {
        for (SegmentKind k : ALL) {
            if (k.code.equals(code)) return k;
        }
        return null;
    }

    public static String codes() {
        StringBuilder sb = new StringBuilder();
        for (SegmentKind k : values()) {
            if (sb.length() > 0) sb.append('|');
            sb.append(k.code());
        }
        return sb.toString();
    }
}
