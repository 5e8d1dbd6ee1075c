package io.lifeboat.render;

import io.lifeboat.exposure.ExposureSummary;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Tags;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders affected segments: one CSV/JSON row per segment (a documented, stable shape), or a table
 * grouped by booking with totals of bookings, travelers and segments by kind.
 */
public final class ExposureView {
    /** The CSV header and JSON field order of {@code affected}; scripts rely on it. */
    public static final List<String> FIELDS = List.of("booking_id", "seq", "kind", "place", "region", "start", "end",
            "lead_name", "party_size", "tier", "needs", "supplier_id", "lat", "lon");

    private static final int LAT = FIELDS.indexOf("lat");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private ExposureView() {
    }

    public static void csv(PrintWriter out, List<ExposedSegment> rows) {
        // Segments share few places: each coordinate is turned into text once, not once per row (the
        // shortest-repr conversion is the costliest part of a 50,000-row export).
        Map<Double, String> coordinates = new HashMap<>();
        try (Csv csv = new Csv(out, FIELDS)) {
            for (ExposedSegment s : rows) {
                List<Object> v = values(s, Tags.join(s.needs()));
                v.set(LAT, coordinates.computeIfAbsent(s.lat(), String::valueOf));
                v.set(LAT + 1, coordinates.computeIfAbsent(s.lon(), String::valueOf));
                csv.row(v);
            }
        }
    }

    public static void json(PrintWriter out, List<ExposedSegment> rows) {
        List<Map<String, Object>> list = new ArrayList<>(rows.size());
        for (ExposedSegment s : rows) list.add(object(s));
        Json.print(out, list);
    }

    /** One segment as the documented JSON object (fields in {@link #FIELDS} order). */
    public static Map<String, Object> object(ExposedSegment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> v = values(s, s.needs());
        for (int i = 0; i < FIELDS.size(); i++) m.put(FIELDS.get(i), v.get(i));
        return m;
    }

    private static List<Object> values(ExposedSegment s, Object needs) {
        List<Object> v = new ArrayList<>(FIELDS.size());
        v.add(s.bookingId());
        v.add(s.seq());
        v.add(s.kind().code());
        v.add(s.place());
        v.add(s.region());
        v.add(s.start());
        v.add(s.end());
        v.add(s.leadName());
        v.add(s.partySize());
        v.add(s.tier());
        v.add(needs);
        v.add(s.supplierId());
        v.add(s.lat());
        v.add(s.lon());
        return v;
    }

    public static void table(PrintWriter out, List<ExposedSegment> rows, Style style, int width) {
        table(out, rows, style, width, true);
    }

    /** The grouped table; {@code totals} adds the summary line (off when showing only a sample). */
    public static void table(PrintWriter out, List<ExposedSegment> rows, Style style, int width, boolean totals) {
        if (rows.isEmpty()) {
            out.println("No segments of confirmed bookings in that area and window.");
            out.flush();
            return;
        }
        Table t = new Table(Table.Column.fixed("BOOKING"), Table.Column.left("LEAD"), Table.Column.right("PARTY"),
                Table.Column.fixed("TIER"), Table.Column.left("NEEDS"), Table.Column.right("#"),
                Table.Column.fixed("KIND"), Table.Column.left("PLACE"), Table.Column.fixed("REGION"),
                Table.Column.fixed("START"), Table.Column.fixed("END"));
        String last = null;
        for (ExposedSegment s : rows) {
            boolean first = !s.bookingId().equals(last);
            last = s.bookingId();
            t.row(first ? s.bookingId() : "", first ? s.leadName() : "", first ? s.partySize() : "",
                    first ? s.tier() : "", first ? String.join(" ", s.needs()) : "", s.seq(), s.kind().code(),
                    s.place(), s.region(), shortTime(s.start()), shortTime(s.end()));
        }
        t.print(out, style, width);
        if (totals) {
            out.println();
            out.println(style.bold(totals(rows)));
        }
        out.flush();
    }

    /** "12 bookings, 31 travelers, 15 segments (hotel 8, coach 4, cruise 3)". */
    public static String totals(List<ExposedSegment> rows) {
        ExposureSummary sum = ExposureSummary.of(rows);
        StringBuilder kinds = new StringBuilder();
        sum.byKind().forEach((kind, n) -> {
            if (kinds.length() > 0) kinds.append(", ");
            kinds.append(kind).append(' ').append(n);
        });
        return sum.bookings() + " bookings, " + sum.travelers() + " travelers, " + sum.segments() + " segments ("
                + kinds + ")";
    }

    static String shortTime(String iso) {
        return SHORT.format(OffsetDateTime.parse(iso));
    }
}
