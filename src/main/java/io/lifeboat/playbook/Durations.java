package io.lifeboat.playbook;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them in playbooks: ISO-8601 ({@code PT72H}, {@code P3D}, {@code P1DT12H})
 * or the friendly form ({@code 72h}, {@code 30m}, {@code 3d}, {@code 1h30m}, {@code 1w}, {@code 90s}).
 * Days are always 24 hours: a playbook's deadlines are elapsed time, not calendar dates.
 */
public final class Durations {
    private static final Pattern FRIENDLY = Pattern.compile(
            "(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    /** The parsed duration, or null when {@code text} is in neither form. */
    public static Duration parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.isEmpty()) return null;
        if (t.charAt(0) == 'P' || t.charAt(0) == 'p' || t.startsWith("-P")) return iso(t.toUpperCase(Locale.ROOT));
        Matcher m = FRIENDLY.matcher(t.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (!m.matches() || t.chars().noneMatch(Character::isLetter)) return null;
        try {
            Duration d = Duration.ZERO;
            long[] seconds = {7 * 86_400L, 86_400L, 3_600L, 60L, 1L};
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null) d = d.plusSeconds(Math.multiplyExact(Long.parseLong(m.group(g)), seconds[g - 1]));
            }
            return d;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Duration iso(String t) {
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            // P1W is a fixed length too; months and years are not, so a deadline cannot use them.
            try {
                Period p = Period.parse(t);
                if (p.getYears() != 0 || p.getMonths() != 0) return null;
                return Duration.ofDays(p.getDays());
            } catch (DateTimeParseException | ArithmeticException e2) {
                return null;
            }
        }
    }

    /** ISO-8601 as {@link Duration#toString()} writes it: {@code PT72H}, {@code PT1H30M}. */
    public static String iso(Duration d) {
        return d == null ? null : d.toString();
    }

    /**
     * Short and readable for tables: {@code 45m}, {@code 1h30m}, {@code 72h}, {@code 7d}. Up to three days
     * stay in hours, as deadlines are spoken of ("the 72-hour notice"); longer whole days read as days.
     */
    public static String friendly(Duration d) {
        if (d == null) return "";
        if (d.isNegative()) return "-" + friendly(d.negated());
        long s = d.getSeconds();
        if (s > 3 * 86_400 && s % 86_400 == 0) return s / 86_400 + "d";
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) sb.append(s / 3600).append('h');
        if (s % 3600 >= 60) sb.append(s % 3600 / 60).append('m');
        if (s % 60 != 0) sb.append(s % 60).append('s');
        return sb.length() == 0 ? "0m" : sb.toString();
    }
}
