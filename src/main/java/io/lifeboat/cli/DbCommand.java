package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.render.Json;
import io.lifeboat.render.Table;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.store.Backups;
import io.lifeboat.store.Database;
import io.lifeboat.store.DatabaseStatus;
import io.lifeboat.store.StatusRepository;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db status|migrate|backup|restore}: the database's engine, schema version, contents and copies. */
@Command(name = "db", description = "Inspect, upgrade, back up and restore the database.",
        synopsisSubcommandLabel = "(status | migrate | backup | restore)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat db status",
            "  lifeboat --db postgresql://duty@pg.internal:5432/lifeboat db status",
            "  lifeboat --db /srv/lifeboat/ops.db db migrate",
            "  lifeboat db backup backups/lifeboat-$(date +%%F).db",
            "  lifeboat db restore backups/lifeboat-2026-07-01.db",
            "",
            "PostgreSQL: password from PGPASSWORD or ~/.pgpass (PGPASSFILE); 'db backup' prints the pg_dump",
            "command to run. Exit codes: 0 ok, 1 failure (e.g. database busy after 10 s), 2 bad input."})
public final class DbCommand extends GroupCommand {

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Show the backend, file, schema version, row counts and size.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db status", "  lifeboat --db /srv/lifeboat/ops.db db status -o json"})
    int status() {
        DatabaseStatus s = new StatusRepository(existingDb()).status();
        switch (output()) {
            case JSON -> Json.print(out(), s);
            case CSV -> {
                try (var csv = new io.lifeboat.render.Csv(out(), java.util.List.of("key", "value"))) {
                    csv.row("backend", s.backend());
                    csv.row("location", s.location());
                    csv.row("schema_version", s.schemaVersion());
                    csv.row("latest_version", s.latestVersion());
                    for (Map.Entry<String, Long> e : s.counts().entrySet()) csv.row(e.getKey() + "_rows", e.getValue());
                    csv.row("size_bytes", s.sizeBytes());
                }
            }
            case TABLE -> {
                Table t = new Table(Table.Column.fixed("KEY"), Table.Column.left("VALUE"));
                t.row("backend", s.backend());
                t.row("location", s.location());
                t.row("schema", "version " + s.schemaVersion() + " (latest " + s.latestVersion() + ")");
                for (Map.Entry<String, Long> e : s.counts().entrySet()) t.row(label(e.getKey()), e.getValue());
                t.row("size", String.format("%.1f MB", s.sizeBytes() / 1e6));
                t.print(out(), style(), terminalWidth());
            }
        }
        next(s.schemaVersion() < s.latestVersion() ? "lifeboat db migrate" : "lifeboat incident list");
        return ExitCodes.OK;
    }

    private static String label(String table) {
        return switch (table) {
            case "audit_log" -> "audit entries";
            default -> table + "s";
        };
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Upgrade the schema to this version's latest (also done on every open).",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db migrate", "  lifeboat --db /srv/lifeboat/ops.db db migrate"})
    int migrate() {
        int version = db().schemaVersion();
        info("schema version " + version + " (" + db().location() + ")");
        next("lifeboat db status");
        return ExitCodes.OK;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Copy the database to FILE while others keep working (SQLite online backup).",
                "For PostgreSQL, print the pg_dump command that does it."},
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db backup /backups/lifeboat-$(date +%%F).db",
                "  lifeboat --db postgresql://duty@pg:5432/lifeboat db backup ops.dump | sh"})
    int backup(@Parameters(paramLabel = "FILE", description = "Where the copy goes (must not exist).") Path file) {
        Database db = existingDb();
        if (Database.isServer(db.location())) {
            out().println(Backups.pgDumpCommand(db, file));
            out().flush();
            info("run this where pg_dump is installed (it reads PGPASSWORD or ~/.pgpass, as lifeboat does)");
            next("lifeboat db status");
            return ExitCodes.OK;
        }
        long size = Backups.backup(db, file);
        info(String.format("backed up %s to %s (%.1f MB, schema version %d)", db.location(), file, size / 1e6,
                db.schemaVersion()));
        next("lifeboat db restore " + file + "   (to go back to this copy)");
        return ExitCodes.OK;
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the SQLite database with the backup FILE. The current data is kept first",
                "as DB.before-restore-STAMP beside it. For PostgreSQL use pg_restore."},
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db restore /backups/lifeboat-2026-07-01.db",
                "  lifeboat --db /srv/lifeboat/ops.db db restore ops-before-upgrade.db"})
    int restore(@Parameters(paramLabel = "FILE", description = "A backup made by 'db backup'.") Path file) {
        String location = root().databaseLocation(DEFAULT_DB);
        Backups.Restored r = Backups.restore(location, file, clock().instant());
        Database db = db();
        db.inTransaction(c -> new AuditLog(db).record(clock().instant(), actor(), "db.restore", null,
                detailsOf(file, r)));
        if (r.safetyCopy() != null) info("the previous data is kept in " + r.safetyCopy());
        info("restored " + file + " into " + location + " (schema version " + r.backupVersion()
                + (r.backupVersion() < db.schemaVersion() ? ", upgraded to " + db.schemaVersion() : "") + ")");
        next("lifeboat db status");
        return ExitCodes.OK;
    }

    private static Map<String, Object> detailsOf(Path file, Backups.Restored r) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.toString());
        details.put("safety_copy", r.safetyCopy() == null ? null : r.safetyCopy().toString());
        details.put("backup_version", r.backupVersion());
        return details;
    }
}
