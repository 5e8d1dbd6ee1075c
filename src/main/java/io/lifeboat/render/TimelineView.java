package io.lifeboat.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.audit.AuditEntry;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit trail of an incident, oldest first. */
public final class TimelineView {
    private TimelineView() {
    }

    public static void print(PrintWriter out, List<AuditEntry> entries, OutputFormat format, Times times, Style style,
                             int width) {
        switch (format) {
            case JSON -> Json.print(out, entries.stream().map(TimelineView::object).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, List.of("entry", "at", "actor", "action", "details"))) {
                    for (AuditEntry e : entries) csv.row(e.id(), Times.iso(e.atMs()), e.actor(), e.action(), e.details());
                }
            }
            default -> {
                Table t = new Table(Table.Column.right("#"), Table.Column.fixed("TIME"), Table.Column.fixed("ACTOR"),
                        Table.Column.fixed("ACTION"), Table.Column.left("DETAILS"));
                for (AuditEntry e : entries) {
                    t.row(e.id(), times.show(e.atMs()), e.actor(), e.action(), summary(e.details()));
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }

    static Map<String, Object> object(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entry", e.id());
        m.put("at", Times.iso(e.atMs()));
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("incident", e.incidentId());
        try {
            m.put("details", Json.mapper().readTree(e.details()));
        } catch (JsonProcessingException ex) {
            m.put("details", e.details());
        }
        m.put("hash", e.hash());
        return m;
    }

    /** "key=value, key=value" without nulls, for the table. */
    static String summary(String details) {
        try {
            JsonNode n = Json.mapper().readTree(details);
            StringBuilder sb = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull()) continue;
                if (sb.length() > 0) sb.append(", ");
                sb.append(f.getKey()).append('=').append(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
            }
            return sb.toString();
        } catch (JsonProcessingException e) {
            return details;
        }
    }
}
