package io.lifeboat.alert;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Task;
import io.lifeboat.playbook.Texts;
import io.lifeboat.store.Database;
import io.lifeboat.store.IncidentRepository;
import io.lifeboat.store.TaskRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code sla check}: everything past its deadline in open incidents, most overdue first, from each
 * {@link SlaSource}. Drill incidents are left out unless asked for.
 */
public final class SlaCheck {
    /** The task capability whose completion counts as the regulator having been informed. */
    static final String REGULATOR_CAPABILITY = "info-sync-regulator";

    private final List<SlaSource> sources;

    public SlaCheck(List<SlaSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Overdue tasks and regulator reports past due, plus any {@code extra} sources (e.g. notification replies). */
    public static SlaCheck standard(Database db, SlaSource... extra) {
        List<SlaSource> all = new ArrayList<>();
        all.add(now -> overdueTasks(db, now));
        all.add(now -> reportsPastDue(db, now));
        all.addAll(List.of(extra));
        return new SlaCheck(all);
    }

    public List<SlaItem> run(Instant now, boolean includeDrills) {
        List<SlaItem> out = new ArrayList<>();
        for (SlaSource s : sources) {
            for (SlaItem i : s.overdue(now)) {
                if (includeDrills || !i.drill()) out.add(i);
            }
        }
        out.sort(Comparator.comparing(SlaItem::due).thenComparing(SlaItem::incidentId).thenComparing(SlaItem::item));
        return out;
    }

    static List<SlaItem> overdueTasks(Database db, Instant now) {
        Map<Long, Incident> open = openIncidents(db);
        List<SlaItem> out = new ArrayList<>();
        for (Task t : new TaskRepository(db).overdue(now.toEpochMilli())) {
            Incident i = open.get(t.incidentId());
            if (i == null) continue;
            out.add(new SlaItem(SlaItem.TASK_OVERDUE, i.id(), i.title(), i.drill(), t.taskId(),
                    Texts.pick(t.title(), "en", t.taskId()), Instant.ofEpochMilli(t.dueMs()),
                    (now.toEpochMilli() - t.dueMs()) / 1000));
        }
        return out;
    }

    /**
     * Open incidents whose regulator report was due and is not on record: no {@code notify.export} to the
     * regulator in the audit log and no {@code info-sync-regulator} task done.
     */
    static List<SlaItem> reportsPastDue(Database db, Instant now) {
        List<SlaItem> out = new ArrayList<>();
        AuditLog audit = new AuditLog(db);
        TaskRepository tasks = new TaskRepository(db);
        for (Incident i : openIncidents(db).values()) {
            Long due = i.reportDueMs();
            if (due == null || due > now.toEpochMilli()) continue;
            boolean exported = audit.forIncident(i.id()).stream().anyMatch(e -> e.action().equals("notify.export")
                    && e.details().replace(" ", "").contains("\"audience\":\"regulator\""));
            boolean taskDone = tasks.forIncident(i.id()).stream()
                    .anyMatch(t -> REGULATOR_CAPABILITY.equals(t.capability()) && t.isDone());
            if (exported || taskDone) continue;
            out.add(new SlaItem(SlaItem.REPORT_PAST_DUE, i.id(), i.title(), i.drill(), "regulator",
                    "report to the regulator (grade " + i.grade() + ")", Instant.ofEpochMilli(due),
                    (now.toEpochMilli() - due) / 1000));
        }
        return out;
    }

    private static Map<Long, Incident> openIncidents(Database db) {
        return new IncidentRepository(db).list(false).stream()
                .collect(Collectors.toMap(Incident::id, i -> i, (a, b) -> a, HashMap::new));
    }

    /** The distinct incidents among items, for summaries. */
    public static Set<Long> incidents(List<SlaItem> items) {
        return items.stream().map(SlaItem::incidentId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
