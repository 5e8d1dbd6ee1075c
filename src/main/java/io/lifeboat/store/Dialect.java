package io.lifeboat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that differs between database engines lives behind this interface: identity columns,
 * the spatial prefilter, locking for migrations. Repositories and migrations are written once in
 * portable SQL and ask the dialect only for these pieces.
 */
public interface Dialect {

    /** A short name shown by {@code db status}: {@code sqlite} or {@code postgresql}. */
    String name();

    /** Replacements for {@code ${token}} placeholders in migration scripts. */
    Map<String, String> migrationTokens();

    /** Extra statements a migration version needs on this engine only (e.g. SQLite's R*Tree). */
    List<String> extraMigrationStatements(int version);

    /**
     * Prepares, inside the current transaction, a write of many rows to {@code table} (an import), and
     * returns what to run once the rows are written, still in that transaction. Where the engine keeps
     * derived rows in step by triggers (SQLite's exposure copy), it may suspend them and redo their work
     * in bulk at the end; a rollback undoes both.
     */
    default BulkWrite beginBulkWrite(Connection connection, String table) throws SQLException {
        return BulkWrite.NONE;
    }

    /** Serialises concurrent migrations: called inside the migration transaction before reading the version. */
    void lockForMigration(Connection connection) throws SQLException;

    /**
     * The FROM fragment of the exposure query's box prefilter. It exposes, as {@code x}, one row per segment
     * with its booking's fields: segment_id, booking_id, seq, kind, supplier_id, place, region, lat, lon,
     * starts_at, ends_at, starts_ms, ends_ms, lead_name, party_size, tier, needs, status. Paired with
     * {@link #exposureBoxCondition()}; together they may select a superset, never less.
     */
    String exposureFrom();

    /**
     * The WHERE condition of the box prefilter, taking parameters in this order:
     * minLon, maxLon, minLat, maxLat, fromMs, untilMs.
     */
    String exposureBoxCondition();

    /**
     * An expression joining the text of {@code columns} into one value, separated by U+001F, or null where
     * reading the columns one by one is as cheap. A column in {@code nullable} becomes an empty field when
     * null and is prefixed by U+001E otherwise. SQLite's driver crosses into native code once per column
     * read; a query that reads 15 columns of 50,000 rows spends most of its Java time there.
     */
    default String packed(List<String> columns, Set<String> nullable) {
        return null;
    }

    /**
     * A table expression with one JSON column {@code value}: the elements of a JSON array given as one
     * parameter; {@code value ->> 0} reads an element's first item as text on both engines. Tens of thousands
     * of rows or keys go to the database in one value instead of one parameter each.
     */
    default String jsonValues() {
        return "json_array_elements(CAST(? AS json))";
    }

    /** The suffix that locks a selected row until the transaction ends (empty where writers are serialised). */
    String forUpdate();

    /**
     * A suffix that makes a text comparison go by bytes (code points), whatever the database's collation:
     * region prefixes are ranges ({@code >= 'CN-GD-' AND < 'CN-GD.'}) that need that order.
     */
    default String bytewise() {
        return "";
    }

    /** The space the data takes: the file and its WAL for SQLite, the schema's tables for PostgreSQL. */
    long sizeBytes(Connection connection, String location) throws SQLException;

    /** Whether an upsert's conflict test distinguishes "unchanged" rows (counts 0) from updated ones. */
    default String distinctFrom() {
        return "IS DISTINCT FROM";
    }

    /**
     * A statement taking one parameter, a file path, that writes a consistent copy of the whole database there
     * (a drill's sandbox); null where the engine cannot, and drills then say so.
     */
    default String snapshotInto() {
        return null;
    }
}
