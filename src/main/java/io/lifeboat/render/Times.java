package io.lifeboat.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times for people (in the viewer's zone, always with the offset so nobody misreads a deadline)
 * and for scripts (ISO-8601 instants in UTC).
 */
public final class Times {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final ZoneId zone;

    public Times(ZoneId zone) {
        this.zone = zone;
    }

    public String show(long epochMs) {
        return SHORT.format(Instant.ofEpochMilli(epochMs).atZone(zone));
    }

    public String show(Long epochMs) {
        return epochMs == null ? "" : show(epochMs.longValue());
    }

    /** ISO-8601 in UTC for JSON and CSV; null stays null. */
    public static String iso(Long epochMs) {
        return epochMs == null ? null : Instant.ofEpochMilli(epochMs).toString();
    }

    /** "in 42 min", "3 h 5 min ago": how far a deadline is from now. */
    public static String relative(long targetMs, long nowMs) {
        long diff = targetMs - nowMs;
        // "in 0 s" and "0 s ago" read like a glitch at the very instant something falls due
        if (Math.abs(diff) < 1000) return "now";
        String span = span(Math.abs(diff));
        return diff >= 0 ? "in " + span : span + " ago";
    }

    static String span(long ms) {
        Duration d = Duration.ofMillis(ms);
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) return days + " d " + hours + " h";
        if (hours > 0) return hours + " h " + minutes + " min";
        if (minutes > 0) return minutes + " min";
        return d.toSecondsPart() + " s";
    }
}
