package io.lifeboat.render;

import io.lifeboat.incident.Grade;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.IncidentSummary;
import io.lifeboat.incident.Opened;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Task;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Incidents for people (tables, one-screen summary) and for scripts (stable JSON and CSV). */
public final class IncidentView {
    public static final List<String> LIST_FIELDS = List.of("id", "status", "title", "playbook", "drill", "opened_at",
            "affected_bookings", "affected_travelers", "grade", "report_due", "tasks_open", "tasks_overdue");

    private IncidentView() {
    }

    /** The documented JSON object of an incident. */
    public static Map<String, Object> object(Incident i, Grade g, long bookings, long travelers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("title", i.title());
        m.put("playbook", i.playbookId());
        m.put("playbook_version", i.playbookVersion());
        m.put("status", i.status());
        m.put("drill", i.drill());
        m.put("scope", i.scope());
        m.put("areas", i.areas());
        m.put("window", i.windowFromMs() == null ? null
                : Ordered.of("from", Times.iso(i.windowFromMs()), "until", Times.iso(i.windowUntilMs())));
        m.put("booking", i.bookingId());
        m.put("source", i.source());
        m.put("opened_at", Times.iso(i.openedMs()));
        m.put("opened_by", i.openedBy());
        m.put("closed_at", Times.iso(i.closedMs()));
        m.put("close_reason", i.closeReason());
        m.put("affected_bookings", bookings);
        m.put("affected_travelers", travelers);
        m.put("deaths", i.deaths());
        m.put("injured", i.injured());
        m.put("stranded", i.stranded());
        m.put("grade", g.id());
        m.put("grade_name", g.name("en"));
        m.put("report_due", Times.iso(i.reportDueMs()));
        return m;
    }

    public static Map<String, Object> opened(Opened o) {
        Map<String, Object> m = object(o.incident(), IncidentService.gradeOf(o.incident()), o.affectedBookings(),
                o.affectedTravelers());
        m.put("affected_segments", o.affectedSegments());
        m.put("existing", o.existing());
        m.put("tasks", o.tasks().stream().map(TaskView::object).toList());
        return m;
    }

    public static void list(PrintWriter out, List<IncidentService.IncidentRow> rows, OutputFormat format, Times times,
                            Style style, int width, String lang) {
        switch (format) {
            case JSON -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (IncidentService.IncidentRow r : rows) {
                    Map<String, Object> m = object(r.incident(), r.grade(), r.bookings(), r.travelers());
                    m.put("tasks_open", r.tasksOpen());
                    m.put("tasks_overdue", r.tasksOverdue());
                    list.add(m);
                }
                Json.print(out, list);
            }
            case CSV -> {
                try (Csv csv = new Csv(out, LIST_FIELDS)) {
                    for (IncidentService.IncidentRow r : rows) {
                        Incident i = r.incident();
                        csv.row(i.id(), i.status(), i.title(), i.playbookId(), i.drill(), Times.iso(i.openedMs()),
                                r.bookings(), r.travelers(), i.grade(), Times.iso(i.reportDueMs()), r.tasksOpen(),
                                r.tasksOverdue());
                    }
                }
            }
            default -> {
                if (rows.isEmpty()) {
                    out.println("No incidents. Open one with 'lifeboat incident open --playbook ID ...'.");
                    out.flush();
                    return;
                }
                Table t = new Table(Table.Column.right("ID"), Table.Column.fixed("STATUS"), Table.Column.left("TITLE"),
                        Table.Column.fixed("PLAYBOOK"), Table.Column.fixed("OPENED"), Table.Column.right("BOOKINGS"),
                        Table.Column.right("TRAVELERS"), Table.Column.left("GRADE"), Table.Column.fixed("REPORT DUE"),
                        Table.Column.right("OVERDUE"));
                for (IncidentService.IncidentRow r : rows) {
                    Incident i = r.incident();
                    String status = i.status() + (i.drill() ? " (drill)" : "");
                    t.row(i.id(), status, i.title(), i.playbookId(), times.show(i.openedMs()), r.bookings(),
                            r.travelers(), r.grade().name(lang), times.show(i.reportDueMs()),
                            r.tasksOverdue() > 0 ? style.bad(Integer.toString(r.tasksOverdue())) : "0");
                }
                t.print(out, style, width);
            }
        }
    }

    public static void show(PrintWriter out, IncidentSummary s, OutputFormat format, Times times, Style style,
                            int width, String lang, long nowMs) {
        show(out, s, format, times, style, width, lang, nowMs, null, null);
    }

    /**
     * The summary with, when given, who of the affected has answered the notifications: {@code accounted} is the
     * JSON object {@code accounted_for} ({@code percent, bookings, accounted_for, safe, needs_help, other,
     * no_reply}), {@code accountedLine} its one line for people.
     */
    public static void show(PrintWriter out, IncidentSummary s, OutputFormat format, Times times, Style style,
                            int width, String lang, long nowMs, Map<String, Object> accounted, String accountedLine) {
        Incident i = s.incident();
        if (format == OutputFormat.JSON) {
            Map<String, Object> m = object(i, s.grade(), s.bookings(), s.travelers());
            m.put("affected_segments", s.segments());
            m.put("in_trip_bookings", s.inTripBookings());
            m.put("by_region", s.bookingsByRegion());
            m.put("by_kind", s.segmentsByKind());
            m.put("by_need", s.bookingsByNeed());
            List<Map<String, Object>> prio = new ArrayList<>();
            s.bookingsByPriority().forEach((p, n) -> prio.add(Ordered.of("priority", p, "bookings", n)));
            m.put("by_priority", prio);
            m.put("tasks_overdue", s.tasksOverdue());
            m.put("tasks", s.tasks().stream().map(TaskView::object).toList());
            if (accounted != null) m.put("accounted_for", accounted);
            Json.print(out, m);
            return;
        }
        out.println(style.bold("Incident " + i.id() + ": " + i.title()) + (i.drill() ? style.warn("  [DRILL]") : ""));
        out.println("  playbook   " + i.playbookId() + " v" + i.playbookVersion() + "   status " + i.status()
                + (i.isOpen() ? "" : " (" + times.show(i.closedMs()) + ", " + i.closeReason() + ")"));
        out.println("  opened     " + times.show(i.openedMs()) + " by " + i.openedBy() + " (" + i.source() + ")");
        if (!i.areas().isEmpty()) out.println("  area       " + String.join(" + ", i.areas()));
        if (i.windowFromMs() != null) {
            out.println("  window     " + times.show(i.windowFromMs()) + " → " + times.show(i.windowUntilMs()));
        }
        if (i.bookingId() != null) out.println("  booking    " + i.bookingId());
        String due = i.reportDueMs() == null ? "no report due (below the thresholds)"
                : times.show(i.reportDueMs()) + " (" + Times.relative(i.reportDueMs(), nowMs) + ")";
        if (i.reportDueMs() != null && i.reportDueMs() <= nowMs && i.isOpen()) due = style.bad(due);
        out.println("  grade      " + s.grade().name(lang) + "   deaths " + i.deaths() + ", injured " + i.injured()
                + ", stranded " + (i.stranded() == null ? "(from affected)" : i.stranded()));
        out.println("  report due " + due);
        out.println();
        out.println(style.bold("Affected: " + s.bookings() + " bookings, " + s.travelers() + " travelers, "
                + s.segments() + " segments") + " (" + s.inTripBookings() + " bookings already travelling)");
        out.println("  by region   " + counts(s.bookingsByRegion()));
        out.println("  by kind     " + counts(s.segmentsByKind()));
        out.println("  by need     " + (s.bookingsByNeed().isEmpty() ? "none" : counts(s.bookingsByNeed())));
        StringBuilder p = new StringBuilder();
        s.bookingsByPriority().forEach((prio, n) -> p.append(p.length() > 0 ? ", " : "").append(prio).append(": ").append(n));
        out.println("  by priority " + (p.length() == 0 ? "none" : p));
        if (accountedLine != null) out.println("  accounted  " + accountedLine);
        out.println();
        out.println(style.bold("Tasks") + " (" + s.tasksOverdue() + " overdue)");
        TaskView.table(out, s.tasks(), times, style, width, lang, nowMs);
        out.flush();
    }

    static String counts(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (shown++ == 10) {
                sb.append(", … (").append(m.size() - 10).append(" more)");
                break;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(' ').append(e.getValue());
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

}
