package io.lifeboat.drill;

import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.RegulatorProfile;
import io.lifeboat.model.DrillLogEntry;
import io.lifeboat.model.DrillRun;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a recorded drill through the real services, at the recorded times: the run starts, each recorded
 * step that a task proves is marked done on the drill incident (so its evidence is a real audit entry), the
 * others go to the observer's log, and the run ends. Replaying the same recording again finds the run.
 */
public final class DrillReplay {
    private final Database db;

    public DrillReplay(Database db) {
        this.db = db;
    }

    /** The replayed run (or the one a previous replay left), ended. */
    public DrillRun replay(Drill drill, String definition, Playbook playbook, RegulatorProfile regulator,
                           Instant started, List<ObserverLog.Row> recorded, Path sandbox, String actor) {
        DrillService service = new DrillService(db);
        for (DrillRun r : service.runs()) {
            if (r.drillId().equals(drill.id()) && r.startedMs() == started.toEpochMilli() && !r.running()) return r;
        }
        DrillRun run = service.start(drill, definition, playbook, regulator, 1, sandbox, actor, started).run();
        List<DrillLogEntry> manual = new ArrayList<>();
        Instant[] latest = {started};
        service.inSandbox(run, box -> {
            IncidentService incidents = new IncidentService(box);
            for (ObserverLog.Row row : recorded) {
                Expected e = drill.expectedAction(row.expectedId()).orElseThrow();
                String who = row.actor() == null ? actor : row.actor();
                Instant at = Instant.ofEpochMilli(row.atMs());
                if (at.isAfter(latest[0])) latest[0] = at;
                if (e.evidence().action().equals("task.done") && e.evidence().details().containsKey("task")) {
                    incidents.taskDone(run.incidentId(), e.evidence().details().get("task"), row.note(), who, at);
                } else {
                    manual.add(new DrillLogEntry(run.id(), row.expectedId(), row.atMs(), who, row.note(), "replay"));
                }
            }
            return null;
        });
        Instant last = latest[0];
        if (!manual.isEmpty()) service.log(run.id(), manual, null, null, actor, last);
        service.end(run.id(), actor, last);
        return service.run(run.id());
    }
}
