package io.lifeboat.cli;

import io.lifeboat.incident.IncidentService;
import io.lifeboat.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the interactive shell knows while it runs: the environment its commands run in (database,
 * actor, colour) and the current incident set with {@code use}. Completion candidates read it to offer
 * live values; outside the shell there is none, so one-shot commands and generated completion scripts
 * never touch the database.
 */
public final class ShellSession {
    private static volatile ShellSession current;

    private final Env env;
    private volatile Long incident;

    private ShellSession(Env env) {
        this.env = env;
    }

    /** Starts the session of a shell; {@link #end()} ends it. */
    public static ShellSession begin(Env env) {
        ShellSession s = new ShellSession(env);
        current = s;
        return s;
    }

    public static void end() {
        current = null;
    }

    public static Optional<ShellSession> current() {
        return Optional.ofNullable(current);
    }

    public Env env() {
        return env;
    }

    /** The current incident, or null when none was chosen with {@code use}. */
    public Long incident() {
        return incident;
    }

    public void use(Long incidentId) {
        this.incident = incidentId;
    }

    /**
     * Checks that an incident exists (for {@code use}); returns null when it does, else what is wrong.
     */
    public String checkIncident(long id) {
        return read(db -> {
            try {
                new IncidentService(db).get(id);
                return null;
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        }, "no database at " + env.get("LIFEBOAT_DB") + "; load data first (try 'demo')");
    }

    /** The overdue open tasks of the current incident, for the prompt (0 when none or unknown). */
    public int overdueTasks() {
        Long id = incident;
        if (id == null) return 0;
        return read(db -> new IncidentService(db).list(true, env.clock().instant()).stream()
                .filter(r -> r.incident().id() == id).mapToInt(IncidentService.IncidentRow::tasksOverdue)
                .findFirst().orElse(0), 0);
    }

    /** Reads from the session's database; no database file, or a failure, gives {@code fallback}. */
    <T> T read(Function<Database, T> read, T fallback) {
        String location = env.get("LIFEBOAT_DB");
        if (location == null || (!Database.isServer(location) && !Files.exists(Path.of(location)))) return fallback;
        try (Database db = Database.open(location, env.variables())) {
            return read.apply(db);
        } catch (RuntimeException e) {
            return fallback; // completing or drawing the prompt must never break the shell
        }
    }
}
