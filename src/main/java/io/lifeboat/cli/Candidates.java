package io.lifeboat.cli;

import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Task;
import io.lifeboat.playbook.CatalogEntry;
import io.lifeboat.playbook.PlaybookCatalog;
import io.lifeboat.store.Database;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Completion candidates for values that live in the catalog or the database. Inside the shell they are
 * read afresh on every Tab from the shell's database; outside it (one-shot commands, generated completion
 * scripts) only the shipped playbook ids are offered, so the scripts stay the same on every machine.
 * Use them with {@code completionCandidates = Candidates.IncidentIds.class} on an INCIDENT_ID parameter.
 */
public final class Candidates {
    private Candidates() {
    }

    /** Playbook ids: the shell's catalog (with $LIFEBOAT_PLAYBOOKS), else the shipped playbooks. */
    public static final class PlaybookIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            PlaybookCatalog catalog = ShellSession.current().map(s -> Playbooks.catalog(s.env()))
                    .orElseGet(PlaybookCatalog::shippedOnly);
            try {
                return catalog.list().playbooks().stream().map(CatalogEntry::playbook).map(p -> p.id()).iterator();
            } catch (RuntimeException e) {
                return List.<String>of().iterator();
            }
        }
    }

    /** Ids of the open incidents, newest first (inside the shell only). */
    public static final class IncidentIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromStore(db -> openIncidents(db, ShellSession.current().orElseThrow().env())).iterator();
        }
    }

    /** Task ids of the shell's current incident (inside the shell only). */
    public static final class TaskIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            Long incident = ShellSession.current().map(ShellSession::incident).orElse(null);
            if (incident == null) return List.<String>of().iterator();
            return fromStore(db -> new IncidentService(db).tasks(incident).stream()
                    .filter(t -> !t.isDone()).map(Task::taskId).toList()).iterator();
        }
    }

    /** The ids of the open incidents in the database of {@code env}, newest first. */
    static List<String> openIncidents(Database db, Env env) {
        return new IncidentService(db).list(false, env.clock().instant()).stream()
                .map(r -> String.valueOf(r.incident().id())).toList();
    }

    /** Runs a read against the shell's database; no shell, no database file, or a failure: nothing. */
    private static List<String> fromStore(Function<Database, List<String>> read) {
        return ShellSession.current().map(s -> s.read(read, List.<String>of())).orElse(List.of());
    }
}
