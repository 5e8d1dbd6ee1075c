package io.lifeboat.cli;

import io.lifeboat.render.OutputFormat;
import io.lifeboat.store.Database;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: global options (inherited by every subcommand, so they may be given before or
 * after the subcommand name) and the resources shared by one invocation, such as the open database.
 */
@Command(name = "lifeboat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Crisis and contingency command for travel operators: who of ours is affected, who first,",
            "what to tell them, where to put them instead, and what to report by when."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lifeboat demo                                  load sample data and run a typhoon query",
            "  lifeboat import bookings bookings.csv          load the operator's bookings",
            "  lifeboat affected --area region:CN-GD --from 2026-07-01T00:00:00+08:00 \\",
            "      --until 2026-07-03T00:00:00+08:00          who is in Guangdong for those 48 h",
            "  lifeboat playbook show typhoon                 the prepared typhoon plan",
            "",
            "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or invalid input, 3 needs attention.",
            "Environment: LIFEBOAT_DB (database path), NO_COLOR (no colour), LIFEBOAT_ACTOR (who acts),",
            "  LIFEBOAT_PLAYBOOKS (':'-separated folders of your own playbooks)."})
public final class LifeboatCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Registered by {@link Cli} rather than through the
     * annotation, so that a one-shot run builds the model of the command it runs only. A nested class so
     * that {@code --version}, which needs none of them, does not load them.
     */
    static final class Subcommands {
        static final List<Class<?>> CLASSES = List.of(
                DemoCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                AffectedCommand.class,
                PlaybookCommand.class,
                IncidentCommand.class,
                TaskCommand.class,
                TimelineCommand.class,
                AuditCommand.class,
                DbCommand.class,
                DrillCommand.class,
                ShellCommand.class,
                CompletionCommand.class,
                ManCommand.class,
                NotifyCommand.class,
                WatchCommand.class,
                AlertCommand.class,
                SlaCommand.class,
                TriageCommand.class,
                ReallocCommand.class);

        /**
         * The {@code @Command} name of each class above, same order (OneShotTest checks they agree):
         * finding the command a one-shot run names this way reads no annotation, which would cost
         * parsing each class's annotations up to the match.
         */
        static final List<String> NAMES = List.of(
                "demo", "import", "export", "affected", "playbook", "incident", "task", "timeline", "audit",
                "db", "drill", "shell", "completion", "man", "notify", "watch", "alert", "sla", "triage",
                "realloc");

        private Subcommands() {
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Database file, or postgresql://USER@HOST:PORT/DB (default: $LIFEBOAT_DB,"
                    + " else ./lifeboat.db).")
    String db;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "Output format: table, json, csv (geojson for places) (default: table).")
    OutputFormat output;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only data; no summaries, hints or progress.")
    boolean quiet;

    @Option(names = {"-e", "--errors"}, scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean errors;

    @Option(names = "--actor", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Who acts, for the audit log (default: $LIFEBOAT_ACTOR, else the OS user).")
    String actor;

    private final Env env;
    private Database database;

    LifeboatCommand(Env env) {
        this.env = env;
    }

    Env env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The database path: {@code --db}, else {@code $LIFEBOAT_DB}, else {@code fallback}. */
    String databaseLocation(String fallback) {
        if (db != null && !db.isBlank()) return db;
        String fromEnv = env.get("LIFEBOAT_DB");
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv;
        return fallback;
    }

    boolean databaseChosen() {
        return (db != null && !db.isBlank()) || (env.get("LIFEBOAT_DB") != null && !env.get("LIFEBOAT_DB").isBlank());
    }

    /** Opens the database on first use (creating and migrating it); later calls reuse it. */
    Database database(String fallback) {
        if (database == null) database = Database.open(databaseLocation(fallback), env.variables());
        return database;
    }

    /** Opens a database that must already exist: reading commands never create an empty file. */
    Database existingDatabase(String fallback) {
        if (database == null) {
            String location = databaseLocation(fallback);
            if (!Database.isServer(location) && !java.nio.file.Files.exists(Path.of(location))) {
                throw new io.lifeboat.common.ExitException(io.lifeboat.common.ExitCodes.USAGE,
                        "no database at " + location + "; load data with 'lifeboat import bookings FILE' "
                                + "(or try 'lifeboat demo'), or point --db / LIFEBOAT_DB at one");
            }
            database = Database.open(location, env.variables());
        }
        return database;
    }

    Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    void closeResources() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
