package io.lifeboat.store;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Backups. SQLite: an online copy through SQLite's backup API (consistent while other processes keep
 * writing), and restore over the live file after a safety copy of it. PostgreSQL: the server's own tool,
 * {@code pg_dump}, whose command line is composed here.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+-]+");

    private Backups() {
    }

    /** A finished restore: where the previous data was kept, and the restored schema version. */
    public record Restored(Path safetyCopy, int backupVersion) {
    }

    /** Copies the open SQLite database to {@code target}, which must not exist yet. Returns its size. */
    public static long backup(Database db, Path target) {
        if (db.server() != null) throw new IllegalStateException("PostgreSQL is backed up with pg_dump");
        refuseExisting(target);
        try {
            ((SQLiteConnection) db.connection()).getDatabase().backup("main", target.toString(), null);
            check(target);
            return Files.size(target);
        } catch (SQLException e) {
            throw Sql.failure(e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the backup " + target + ": " + e.getMessage(), e);
        }
    }

    /** The {@code pg_dump} command that backs up this PostgreSQL database (its schema, if one is chosen). */
    public static String pgDumpCommand(Database db, Path target) {
        PostgresLocation pg = db.server();
        if (pg == null) throw new IllegalStateException("not a PostgreSQL database");
        List<String> args = new ArrayList<>(List.of("pg_dump", "--format=custom", "--file=" + target,
                "--host=" + pg.host(), "--port=" + pg.port(), "--username=" + pg.user()));
        String schema = pg.parameters().get("currentSchema");
        if (schema != null) args.add("--schema=" + schema);
        args.add(pg.database());
        return shell(args);
    }

    /** The {@code pg_restore} command that loads such a dump back into this database. */
    public static String pgRestoreCommand(Database db, Path source) {
        PostgresLocation pg = db.server();
        return shell(List.of("pg_restore", "--clean", "--if-exists", "--single-transaction", "--host=" + pg.host(),
                "--port=" + pg.port(), "--username=" + pg.user(), "--dbname=" + pg.database(), source.toString()));
    }

    /**
     * Replaces the SQLite database at {@code location} with the backup {@code source}: checks the backup,
     * keeps a safety copy of the current data beside it ({@code FILE.before-restore-STAMP}), then copies
     * the backup in through SQLite's backup API, under its lock. Open it afterwards to migrate.
     */
    public static Restored restore(String location, Path source, Instant now) {
        if (PostgresLocation.matches(location)) {
            throw new ExitException(ExitCodes.USAGE, "db restore is for SQLite files; for PostgreSQL use pg_restore"
                    + " (see 'lifeboat db backup --help')");
        }
        Path current = Path.of(location);
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException(Problem.general(source.toString(), Files.exists(source)
                    ? "not a regular file" : "no such file"));
        }
        try {
            if (Files.exists(current) && Files.isSameFile(current, source)) {
                throw new InvalidInputException(Problem.general(source.toString(), "is the database itself"));
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot compare " + source + " with " + current + ": " + e.getMessage(), e);
        }
        int version = check(source);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + current, config.toProperties())) {
            var sqlite = ((SQLiteConnection) c).getDatabase();
            Path safety = null;
            if (hasTables(c)) {
                safety = current.resolveSibling(current.getFileName() + ".before-restore-" + STAMP.format(now));
                refuseExisting(safety);
                sqlite.backup("main", safety.toString(), null);
            }
            sqlite.restore("main", source.toString(), null);
            return new Restored(safety, version);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Opens {@code file} read-only and checks it is a sound Lifeboat database; returns its schema version. */
    static int check(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) throw notLifeboat(file, "damaged (" + result + ")");
            }
            int version;
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw notLifeboat(file, "no schema_version table");
            }
            if (version > Migrations.latestVersion()) {
                throw notLifeboat(file, "schema version " + version + " is newer than this Lifeboat supports ("
                        + Migrations.latestVersion() + ")");
            }
            return version;
        } catch (SQLException e) {
            throw notLifeboat(file, e.getMessage());
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static InvalidInputException notLifeboat(Path file, String why) {
        return new InvalidInputException(Problem.general(file.toString(), "not a usable Lifeboat database: " + why));
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw new InvalidInputException(Problem.general(target.toString(),
                    "already exists; choose another name (a backup never overwrites a file)"));
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException(Problem.general(target.toString(), "folder does not exist: " + parent));
        }
    }

    private static String shell(List<String> args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
