package io.lifeboat.render;

import io.lifeboat.alert.MessageTriage.Result;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code triage}: each message's class, the rule that decided, and when it must be answered. */
public final class TriageView {
    public static final List<String> FIELDS = List.of("message_id", "booking_id", "received_at", "channel",
            "classification", "rule", "matched", "respond_by", "service_level", "playbook", "incident", "new", "note");

    private TriageView() {
    }

    public static Map<String, Object> object(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", r.message().messageId());
        m.put("booking_id", r.message().bookingId());
        m.put("received_at", iso(r.message().receivedAt()));
        m.put("channel", r.message().channel());
        m.put("classification", r.classification());
        m.put("rule", r.rule());
        m.put("matched", r.matched());
        m.put("respond_by", iso(r.respondBy()));
        m.put("service_level", r.serviceLevel());
        m.put("playbook", r.playbook());
        m.put("incident", r.incident());
        m.put("new", r.isNew());
        m.put("note", r.note());
        return m;
    }

    public static void print(PrintWriter out, List<Result> results, OutputFormat format, Times times, Style style,
                             int width) {
        switch (format) {
            case JSON -> Json.print(out, results.stream().map(TriageView::object).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, FIELDS)) {
                    for (Result r : results) csv.row(new java.util.ArrayList<>(object(r).values()));
                }
            }
            default -> {
                Table t = new Table(Table.Column.fixed("MESSAGE"), Table.Column.fixed("BOOKING"),
                        Table.Column.fixed("CLASS"), Table.Column.left("RULE (MATCHED)"), Table.Column.fixed("RESPOND BY"),
                        Table.Column.left("SERVICE LEVEL"), Table.Column.left("INCIDENT"));
                for (Result r : results) {
                    String cls = r.classification().equals("urgent") ? style.bold(style.warn("urgent")) : r.classification();
                    t.row(r.message().messageId(), r.message().bookingId(), cls,
                            r.rule() == null ? "-" : r.rule() + " (" + r.matched() + ")",
                            r.respondBy() == null ? "" : times.show(r.respondBy().toEpochMilli()), r.serviceLevel(),
                            r.incident() == null ? (r.note() == null || r.rule() == null ? "" : r.note())
                                    : r.incident() + " " + r.playbook() + (r.isNew() ? "" : " (handled before)"));
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
