package io.lifeboat.render;

import io.lifeboat.model.Task;
import io.lifeboat.playbook.Texts;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks: {@code task list} as a table, JSON ({@code id, title, capability, due, status, done_at, done_by}) or CSV. */
public final class TaskView {
    public static final List<String> FIELDS = List.of("id", "title", "capability", "due", "status", "done_at", "done_by",
            "overdue", "note");

    private TaskView() {
    }

    public static Map<String, Object> object(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.taskId());
        m.put("title", Texts.pick(t.title(), "en", t.taskId()));
        m.put("titles", new java.util.TreeMap<>(t.title()));
        m.put("capability", t.capability());
        m.put("due", Times.iso(t.dueMs()));
        m.put("status", t.status());
        m.put("done_at", Times.iso(t.doneMs()));
        m.put("done_by", t.doneBy());
        m.put("note", t.note());
        return m;
    }

    public static void print(PrintWriter out, List<Task> tasks, OutputFormat format, Times times, Style style, int width,
                             String lang, long nowMs) {
        switch (format) {
            case JSON -> Json.print(out, tasks.stream().map(t -> {
                Map<String, Object> m = object(t);
                m.put("overdue", t.overdueAt(nowMs));
                return m;
            }).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, FIELDS)) {
                    for (Task t : tasks) {
                        csv.row(t.taskId(), Texts.pick(t.title(), lang, t.taskId()), t.capability(), Times.iso(t.dueMs()),
                                t.status(), Times.iso(t.doneMs()), t.doneBy(), t.overdueAt(nowMs), t.note());
                    }
                }
            }
            default -> table(out, tasks, times, style, width, lang, nowMs);
        }
    }

    public static void table(PrintWriter out, List<Task> tasks, Times times, Style style, int width, String lang,
                             long nowMs) {
        if (tasks.isEmpty()) {
            out.println("  (no tasks)");
            out.flush();
            return;
        }
        Table t = new Table(Table.Column.fixed("TASK"), Table.Column.left("TITLE"), Table.Column.fixed("DUTY"),
                Table.Column.fixed("DUE"), Table.Column.left("STATUS"));
        for (Task task : tasks) {
            String status;
            if (task.isDone()) {
                status = style.good("done") + " " + times.show(task.doneMs()) + " by " + task.doneBy();
            } else if (task.overdueAt(nowMs)) {
                String late = Times.relative(task.dueMs(), nowMs);
                status = style.bad(late.equals("now") ? "due now" : "OVERDUE " + late.replace(" ago", ""));
            } else {
                status = "open, due " + Times.relative(task.dueMs(), nowMs);
            }
            t.row(task.taskId(), Texts.pick(task.title(), lang, task.taskId()), task.capability(),
                    times.show(task.dueMs()), status);
        }
        t.print(out, style, width);
        out.flush();
    }
}
