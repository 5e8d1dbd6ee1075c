package io.lifeboat.store;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * One open database: a connection, its dialect and an up-to-date schema. Opening migrates.
 * Repositories borrow the connection; {@link #inTransaction} is how state changes are made,
 * so that an import or an incident either lands whole or not at all.
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's lock before giving up with a clear message. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection connection;
    private final Dialect dialect;
    private final String location;

    private Database(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    /** Opens (creating if needed) and migrates to the latest schema. */
    public static Database open(String location) {
        return open(location, Migrations.latestVersion());
    }

    /** Opens and migrates up to {@code targetVersion}; tests use it to build an older file. */
    public static Database open(String location, int targetVersion) {
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
        config.setCacheSize(-65536);
        Properties props = config.toProperties();
        try {
            Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + path, props);
            Database db = new Database(c, new SqliteDialect(), location);
            Migrations.migrate(c, db.dialect, targetVersion);
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + location + ": " + e.getMessage(), e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String location() {
        return location;
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + location, e);
        }
    }
}
