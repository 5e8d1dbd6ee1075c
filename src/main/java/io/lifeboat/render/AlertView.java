package io.lifeboat.render;

import io.lifeboat.alert.CapAlert;
import io.lifeboat.alert.CapArea;
import io.lifeboat.alert.CapInfo;
import io.lifeboat.alert.CapMatcher;
import io.lifeboat.alert.WatchEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code watch} events (JSON lines, CSV, table) and {@code alert inspect} (parsed alerts). */
public final class AlertView {
    public static final List<String> WATCH_FIELDS = List.of("event", "cap", "incident", "playbook", "affected_bookings",
            "reason");

    private AlertView() {
    }

    public static void events(PrintWriter out, List<WatchEvent> events, OutputFormat format, Style style, int width) {
        switch (format) {
            case JSON -> events.forEach(e -> Json.printLine(out, e.json()));
            case CSV -> {
                try (Csv csv = new Csv(out, WATCH_FIELDS)) {
                    for (WatchEvent e : events) {
                        csv.row(e.event(), e.cap(), e.incident(), e.playbook(), e.affectedBookings(), e.reason());
                    }
                }
            }
            default -> {
                if (events.isEmpty()) return;
                Table t = new Table(Table.Column.fixed("EVENT"), Table.Column.left("CAP"), Table.Column.right("INCIDENT"),
                        Table.Column.fixed("PLAYBOOK"), Table.Column.right("AFFECTED"), Table.Column.left("REASON"));
                for (WatchEvent e : events) {
                    String ev = e.needsAttention() ? style.bold(e.event())
                            : WatchEvent.REJECTED.equals(e.event()) ? style.warn(e.event()) : e.event();
                    t.row(ev, e.cap() == null ? "-" : e.cap(), e.incident(), e.playbook(), e.affectedBookings(),
                            e.reason());
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }

    /** {@code alert inspect}: one line per alert, or every field as JSON. */
    public static void alerts(PrintWriter out, List<CapAlert> alerts, OutputFormat format, List<String> languages,
                              Times times, Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, alerts.stream().map(AlertView::object).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, List.of("cap", "sent", "status", "msg_type", "language", "event", "severity",
                        "urgency", "certainty", "from", "until", "polygons", "circles", "geocodes", "references"))) {
                    for (CapAlert a : alerts) {
                        CapInfo i = CapMatcher.preferred(a.infos(), languages);
                        csv.row(a.key(), a.sent().toString(), a.status(), a.msgType(), i == null ? null : i.language(),
                                i == null ? null : i.event(), i == null ? null : i.severity(),
                                i == null ? null : i.urgency(), i == null ? null : i.certainty(),
                                i == null ? null : i.start(a.sent()).toString(), i == null ? null : iso(i.expires()),
                                count(i, "polygons"), count(i, "circles"), count(i, "geocodes"),
                                String.join(" ", a.references()));
                    }
                }
            }
            default -> {
                Table t = new Table(Table.Column.left("CAP"), Table.Column.fixed("SENT"), Table.Column.fixed("STATUS"),
                        Table.Column.fixed("TYPE"), Table.Column.left("EVENT"), Table.Column.fixed("SEV/URG/CERT"),
                        Table.Column.fixed("UNTIL"), Table.Column.left("AREAS"));
                for (CapAlert a : alerts) {
                    CapInfo i = CapMatcher.preferred(a.infos(), languages);
                    t.row(a.key(), times.show(a.sent().toEpochMilli()), a.status(), a.msgType(),
                            i == null ? "-" : i.event() + " [" + i.language() + "]",
                            i == null ? "-" : i.severity() + "/" + i.urgency() + "/" + i.certainty(),
                            i == null || i.expires() == null ? "-" : times.show(i.expires().toEpochMilli()),
                            i == null ? "-" : areas(i));
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }

    private static String areas(CapInfo i) {
        List<String> parts = new ArrayList<>();
        for (CapArea a : i.areas()) {
            List<String> shapes = new ArrayList<>();
            if (!a.polygons().isEmpty()) shapes.add(a.polygons().size() + " polygon" + (a.polygons().size() > 1 ? "s" : ""));
            if (!a.circles().isEmpty()) shapes.add(a.circles().size() + " circle" + (a.circles().size() > 1 ? "s" : ""));
            if (!a.geocodes().isEmpty()) shapes.add(a.geocodes().size() + " geocode" + (a.geocodes().size() > 1 ? "s" : ""));
            String d = a.description() == null ? "" : a.description();
            if (d.length() > 40) d = d.substring(0, 37) + "...";
            parts.add(d + (shapes.isEmpty() ? "" : " (" + String.join(", ", shapes) + ")"));
        }
        return String.join("; ", parts);
    }

    private static int count(CapInfo i, String what) {
        if (i == null) return 0;
        int n = 0;
        for (CapArea a : i.areas()) {
            n += switch (what) {
                case "polygons" -> a.polygons().size();
                case "circles" -> a.circles().size();
                default -> a.geocodes().size();
            };
        }
        return n;
    }

    public static Map<String, Object> object(CapAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cap", a.key());
        m.put("source", a.source());
        m.put("version", a.version());
        m.put("identifier", a.identifier());
        m.put("sender", a.sender());
        m.put("sent", a.sent().toString());
        m.put("status", a.status());
        m.put("msg_type", a.msgType());
        m.put("scope", a.scope());
        m.put("note", a.note());
        m.put("references", a.references());
        List<Map<String, Object>> infos = new ArrayList<>();
        for (CapInfo i : a.infos()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("language", i.language());
            im.put("event", i.event());
            im.put("urgency", i.urgency());
            im.put("severity", i.severity());
            im.put("certainty", i.certainty());
            im.put("effective", iso(i.effective()));
            im.put("onset", iso(i.onset()));
            im.put("expires", iso(i.expires()));
            im.put("headline", i.headline());
            im.put("sender_name", i.senderName());
            List<Map<String, Object>> areas = new ArrayList<>();
            for (CapArea ar : i.areas()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("description", ar.description());
                am.put("polygons", ar.polygons().stream().map(AlertView::pairs).toList());
                am.put("circles", ar.circles().stream().map(c -> {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("lat", c[0]);
                    cm.put("lon", c[1]);
                    cm.put("radius_km", c[2]);
                    return cm;
                }).toList());
                am.put("geocodes", ar.geocodes().stream().map(g -> {
                    Map<String, Object> gm = new LinkedHashMap<>();
                    gm.put("value_name", g.valueName());
                    gm.put("value", g.value());
                    return gm;
                }).toList());
                areas.add(am);
            }
            im.put("areas", areas);
            infos.add(im);
        }
        m.put("infos", infos);
        return m;
    }

    private static List<double[]> pairs(double[] flat) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) out.add(new double[] {flat[i], flat[i + 1]});
        return out;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
