package io.lifeboat.render;

import io.lifeboat.alert.SlaItem;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code sla check}: what is past its deadline, as a table, one JSON object, or CSV. */
public final class SlaView {
    public static final List<String> FIELDS = List.of("kind", "incident", "incident_title", "drill", "item", "title",
            "due", "overdue_s");

    private SlaView() {
    }

    /** The JSON document of {@code sla check -o json}, also what {@code --notify-cmd} receives on stdin. */
    public static Map<String, Object> document(List<SlaItem> items, Instant checkedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checked_at", checkedAt.toString());
        m.put("count", items.size());
        m.put("items", items.stream().map(i -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", i.kind());
            o.put("incident", i.incidentId());
            o.put("incident_title", i.incidentTitle());
            o.put("drill", i.drill());
            o.put("item", i.item());
            o.put("title", i.title());
            o.put("due", i.due().toString());
            o.put("overdue_s", i.overdueSeconds());
            return o;
        }).toList());
        return m;
    }

    public static void print(PrintWriter out, List<SlaItem> items, Instant checkedAt, OutputFormat format, Times times,
                             Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, document(items, checkedAt));
            case CSV -> {
                try (Csv csv = new Csv(out, FIELDS)) {
                    for (SlaItem i : items) {
                        csv.row(i.kind(), i.incidentId(), i.incidentTitle(), i.drill(), i.item(), i.title(),
                                i.due().toString(), i.overdueSeconds());
                    }
                }
            }
            default -> {
                Table t = new Table(Table.Column.fixed("KIND"), Table.Column.right("INCIDENT"), Table.Column.fixed("ITEM"),
                        Table.Column.left("WHAT"), Table.Column.fixed("DUE"), Table.Column.fixed("OVERDUE"));
                for (SlaItem i : items) {
                    t.row(i.kind(), i.incidentId() + (i.drill() ? " [drill]" : ""), i.item(), i.title(),
                            times.show(i.due().toEpochMilli()),
                            style.warn(i.due().equals(checkedAt) ? "due now"
                                    : Times.relative(i.due().toEpochMilli(), checkedAt.toEpochMilli())));
                }
                t.print(out, style, width);
            }
        }
        out.flush();
    }
}
