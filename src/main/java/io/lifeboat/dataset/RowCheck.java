package io.lifeboat.dataset;

import io.lifeboat.common.Problem;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Tags;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Field validation for one CSV row. Each method returns the parsed value, or a neutral value after
 * recording a {@code FILE:LINE: field: reason} problem, so that every bad field of every row is
 * reported in one run instead of stopping at the first.
 */
final class RowCheck {
    // Shared by the threads that check rows in parallel.
    private static final Map<String, String> LOCALES = new ConcurrentHashMap<>();

    private final List<Problem> sink;
    private final List<String> columns;
    private Row rows;
    private int problems;

    /** A check of the rows of {@code rows}, one after another as it advances ({@link #begin()}). */
    RowCheck(CsvRows rows, List<String> columns, List<Problem> sink) {
        this(columns, sink);
        this.rows = rows;
    }

    /** A check of rows handed to {@link #begin(Row)}; one instance per thread. */
    RowCheck(List<String> columns, List<Problem> sink) {
        this.columns = columns;
        this.sink = sink;
    }

    /** Starts checking the current row of the CSV reader; reports a wrong field count once for the row. */
    void begin() {
        begin(rows);
    }

    /** Starts checking {@code row}; reports a wrong field count once for the row. */
    void begin(Row row) {
        rows = row;
        problems = 0;
        if (rows.width() != rows.expectedWidth()) {
            fail("row", "has " + rows.width() + " fields, the header has " + rows.expectedWidth());
        }
        for (int c = 0; c < columns.size(); c++) {
            if (rows.get(c).indexOf('\uFFFD') >= 0) {
                fail(columns.get(c), "contains bytes that are not UTF-8 (save the file as UTF-8)");
            }
        }
    }

    boolean ok() {
        return problems == 0;
    }

    void fail(String field, String reason) {
        problems++;
        sink.add(Problem.at(rows.file(), rows.line(), field, reason));
    }

    String raw(int c) {
        return rows.get(c).strip();
    }

    String text(int c) {
        String v = raw(c);
        if (v.isEmpty()) fail(columns.get(c), "is required");
        return v;
    }

    String optional(int c) {
        String v = raw(c);
        return v.isEmpty() ? null : v;
    }

    String id(int c) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
        } else if (!FieldShapes.isId(v)) {
            fail(columns.get(c), "'" + v + "' is not a valid id (letters, digits and . _ : / -, at most 64)");
        }
        return v;
    }

    int integer(int c, int min, int max) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
            return min;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                fail(columns.get(c), v + " is out of range (" + min + " to " + max + ")");
                return min;
            }
            return n;
        } catch (NumberFormatException e) {
            fail(columns.get(c), "'" + v + "' is not a whole number");
            return min;
        }
    }

    double coordinate(int c, double limit) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
            return 0;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= -limit && d <= limit)) {
                fail(columns.get(c), v + " is out of range (-" + (int) limit + " to " + (int) limit + ")");
                return 0;
            }
            return d;
        } catch (NumberFormatException e) {
            fail(columns.get(c), "'" + v + "' is not a number");
            return 0;
        }
    }

    /** A number greater than zero and at most {@code max} (a distance, a radius). */
    double positive(int c, double max) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
            return 1;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0 && d <= max)) {
                fail(columns.get(c), v + " is out of range (greater than 0, at most " + (long) max + ")");
                return 1;
            }
            return d;
        } catch (NumberFormatException e) {
            fail(columns.get(c), "'" + v + "' is not a number");
            return 1;
        }
    }

    OffsetDateTime instant(int c) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                fail(columns.get(c), "'" + v + "' has no UTC offset; write it like 2026-07-01T14:00:00+08:00 or ...Z");
            } catch (DateTimeParseException e2) {
                fail(columns.get(c), "'" + v + "' is not an ISO-8601 date-time with offset (2026-07-01T14:00:00+08:00)");
            }
            return null;
        }
    }

    /** A phone number in E.164 form, checked against the numbering plan; null when absent. */
    String phone(int c) {
        String v = raw(c);
        if (v.isEmpty()) return null;
        if (!FieldShapes.isE164(v)) {
            fail(columns.get(c), "'" + v + "' is not E.164 (a '+', the country code and digits, e.g. +8613800138000)");
            return v;
        }
        String problem = NumberingPlan.problem(v);
        if (problem != null) fail(columns.get(c), "'" + v + "' " + problem);
        return v;
    }

    String email(int c) {
        String v = raw(c);
        if (v.isEmpty()) return null;
        if (!FieldShapes.isEmail(v)) fail(columns.get(c), "'" + v + "' is not an e-mail address");
        return v;
    }

    /** A well-formed BCP-47 tag (zh-CN, en, ja, zh-Hant-TW), returned in canonical case. */
    String locale(int c) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required (a BCP-47 tag such as zh-CN, en, ja)");
            return v;
        }
        String canonical = LOCALES.get(v);
        if (canonical == null) {
            try {
                Locale l = new Locale.Builder().setLanguageTag(v).build();
                canonical = l.toLanguageTag();
                if (l.getLanguage().isEmpty() || "und".equals(canonical)) throw new IllformedLocaleException("no language");
                LOCALES.put(v, canonical);
            } catch (IllformedLocaleException e) {
                fail(columns.get(c), "'" + v + "' is not a BCP-47 language tag (e.g. zh-CN, en, ja)");
                return v;
            }
        }
        return canonical;
    }

    String oneOf(int c, String... allowed) {
        String v = raw(c);
        for (String a : allowed) {
            if (a.equals(v)) return a;
        }
        fail(columns.get(c), (v.isEmpty() ? "is required" : "'" + v + "' is not allowed")
                + "; expected " + String.join("|", allowed));
        return allowed[0];
    }

    SegmentKind kind(int c) {
        String v = raw(c);
        SegmentKind k = SegmentKind.parse(v);
        if (k == null) {
            fail(columns.get(c), (v.isEmpty() ? "is required" : "'" + v + "' is not a known kind")
                    + "; expected " + SegmentKind.codes());
        }
        return k;
    }

    /** An ISO 3166 style region code (CN, CN-GD, CN-GD-SZ); case is normalised to upper. */
    String region(int c) {
        String v = raw(c).toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required (an ISO 3166 code such as CN-GD)");
        } else if (!FieldShapes.isRegion(v)) {
            fail(columns.get(c), "'" + raw(c) + "' is not a region code (ISO 3166 style: CN, CN-GD, CN-GD-SZ)");
        }
        return v;
    }

    List<String> tags(int c) {
        String[] why = new String[1];
        List<String> tags = Tags.parse(raw(c), why);
        if (tags == null) {
            fail(columns.get(c), why[0]);
            return List.of();
        }
        return tags;
    }

    String currency(int c) {
        String v = raw(c);
        try {
            if (v.length() != 3) throw new IllegalArgumentException();
            return Currency.getInstance(v).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            fail(columns.get(c), (v.isEmpty() ? "is required" : "'" + v + "' is not an ISO 4217 currency")
                    + " (e.g. CNY, HKD, JPY)");
            return v;
        }
    }

    /** A non-negative amount with no more decimals than the currency has minor units. */
    BigDecimal money(int c, String currency) {
        String v = raw(c);
        if (v.isEmpty()) {
            fail(columns.get(c), "is required");
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                fail(columns.get(c), v + " is negative");
                return BigDecimal.ZERO;
            }
            int digits = minorDigits(currency);
            if (d.stripTrailingZeros().scale() > digits) {
                fail(columns.get(c), v + " has more decimals than " + currency + " allows (" + digits + ")");
                return BigDecimal.ZERO;
            }
            return d.setScale(digits);
        } catch (NumberFormatException e) {
            fail(columns.get(c), "'" + v + "' is not an amount");
            return BigDecimal.ZERO;
        }
    }

    static int minorDigits(String currency) {
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
