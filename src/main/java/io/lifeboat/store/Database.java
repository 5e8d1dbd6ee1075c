package io.lifeboat.store;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * One open database: a connection, its dialect and an up-to-date schema. Opening migrates.
 * Repositories borrow the connection; {@link #inTransaction} is how state changes are made,
 * so that an import or an incident either lands whole or not at all.
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's lock before giving up with a clear message. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    /** How much of a SQLite file reads may map into memory (address space, not memory used). */
    static final long MMAP_BYTES = 4L << 30;
    /** Page cache sizes in KiB, negative as SQLite takes them: 64 MiB for writes, 2 MiB for {@link #readingOnce}. */
    private static final int CACHE_KIB = -65536;
    private static final int READ_ONCE_CACHE_KIB = -2000;

    private final Connection connection;
    private final Dialect dialect;
    private final String location;
    private final PostgresLocation server;

    private Database(Connection connection, Dialect dialect, String location, PostgresLocation server) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.server = server;
    }

    /** Opens (creating if needed) and migrates to the latest schema; the environment is the process's. */
    public static Database open(String location) {
        return open(location, Migrations.latestVersion());
    }

    /** Opens and migrates up to {@code targetVersion}; tests use it to build an older file. */
    public static Database open(String location, int targetVersion) {
        return open(location, targetVersion, System.getenv());
    }

    /**
     * Opens a SQLite file or, for a {@code postgresql://} URL, a PostgreSQL database, and migrates it to
     * the latest schema. {@code env} supplies {@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER}, ...
     */
    public static Database open(String location, Map<String, String> env) {
        return open(location, Migrations.latestVersion(), env);
    }

    public static Database open(String location, int targetVersion, Map<String, String> env) {
        return PostgresLocation.matches(location)
                ? openPostgres(PostgresLocation.parse(location, env), targetVersion)
                : openSqlite(location, targetVersion);
    }

    /** Whether {@code location} names a server (a URL) rather than a file. */
    public static boolean isServer(String location) {
        return PostgresLocation.matches(location);
    }

    private static Database openSqlite(String location, int targetVersion) {
        Path path = Path.of(location);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ExitException(ExitCodes.USAGE, "database folder does not exist: " + parent);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(CACHE_KIB);
        // Reads map the file instead of copying each page into the cache (less system time on large
        // queries); bounded, and safe with WAL. Covers the whole file of a million-booking agency (2 GB).
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        Properties props = config.toProperties();
        Connection c = null;
        try {
            c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + path, props);
            Database db = new Database(c, new SqliteDialect(), location, null);
            Migrations.migrate(c, db.dialect, targetVersion);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw openFailure(location, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Database openPostgres(PostgresLocation pg, int targetVersion) {
        Connection c = null;
        try {
            c = new org.postgresql.Driver().connect(pg.jdbcUrl(), pg.properties());
            if (c == null) throw new SQLException("the driver refused the URL " + pg.jdbcUrl());
            try (Statement st = c.createStatement()) {
                // Bounded waits for row and table locks, like SQLite's busy timeout; no idle transaction lingers.
                st.execute("SET lock_timeout = " + BUSY_TIMEOUT_MS);
                st.execute("SET idle_in_transaction_session_timeout = 600000");
            }
            Database db = new Database(c, new PostgresDialect(), pg.display(), pg);
            Migrations.migrate(c, db.dialect, targetVersion);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw openFailure(pg.display(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static RuntimeException openFailure(String location, SQLException e) {
        RuntimeException mapped = Sql.failure(e);
        String msg = mapped.getMessage().startsWith("database error: ")
                ? mapped.getMessage().substring("database error: ".length()) : mapped.getMessage();
        return new StoreException("cannot open database " + location + ": " + msg, e);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The SQLite file, or the PostgreSQL URL without its password. */
    public String location() {
        return location;
    }

    /** The PostgreSQL server this database lives on, or null for a SQLite file. */
    PostgresLocation server() {
        return server;
    }

    /** The space the data takes on disk (SQLite file and WAL; PostgreSQL: this schema's tables). */
    public long sizeBytes() {
        try {
            return dialect.sizeBytes(connection, location);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version", e);
        }
    }

    /**
     * Runs {@code work} in one transaction: commit on success, roll back on any exception. Called inside
     * another {@code inTransaction}, it joins that transaction (the outer call commits or rolls back), so a
     * service that changes state in its own transaction can also be one step of a larger change.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            if (!connection.getAutoCommit()) return work.run(connection);
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Runs {@code work} inside the current transaction under a savepoint: if it fails, only its own changes
     * are undone and the transaction stays usable. Needed for "try, and carry on if refused" (a unique or
     * foreign key violation): PostgreSQL aborts the whole transaction on any failed statement, where SQLite
     * only refuses the statement. Call it inside {@link #inTransaction}.
     */
    public <T> T withSavepoint(SqlWork<T> work) {
        try {
            if (connection.getAutoCommit()) throw new IllegalStateException("withSavepoint needs a transaction");
            java.sql.Savepoint sp = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(sp);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback(sp);
                throw e;
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Runs a query that reads many pages once (the exposure query: tens of thousands of rows spread over
     * thousands of pages, read once per process), with SQLite reading through a small, reused page cache
     * instead of the large cache and the memory map that writes and repeated reads want. Filling a
     * large cache or map touches fresh memory for every page; measured on the exposure query over a
     * million bookings, that is 500 ms of CPU against 200 ms. Outside a transaction only (changing the
     * cache would spill a writer's dirty pages); elsewhere, and on PostgreSQL, {@code work} simply runs.
     */
    public void readingOnce(Runnable work) {
        tuned(() -> {
            work.run();
            return null;
        }, "PRAGMA mmap_size = 0", "PRAGMA cache_size = " + READ_ONCE_CACHE_KIB);
    }

    /**
     * Runs a write of many rows (an import) with SQLite reading pages through its cache instead of the memory
     * map. Pages a write transaction changes are copied out of the map anyway, and faulting the map in costs
     * more: filling the exposure copy for 3.2 million segments took 62 s with the map and 43 s without, in one
     * run on the same file. Outside a transaction only; elsewhere, and on PostgreSQL, {@code work} simply runs.
     */
    public <T> T writingMany(Supplier<T> work) {
        return tuned(work, "PRAGMA mmap_size = 0");
    }

    /** Runs {@code work} with the settings of {@code pragmas}, then the connection's own settings again. */
    private <T> T tuned(Supplier<T> work, String... pragmas) {
        boolean tune;
        try {
            tune = dialect instanceof SqliteDialect && connection.getAutoCommit();
            if (tune) pragmas(pragmas);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        try {
            return work.get();
        } finally {
            if (tune) {
                try {
                    pragmas("PRAGMA cache_size = " + CACHE_KIB, "PRAGMA mmap_size = " + MMAP_BYTES);
                } catch (SQLException e) {
                    throw Sql.failure(e);
                }
            }
        }
    }

    private void pragmas(String... statements) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + location, e);
        }
    }
}
