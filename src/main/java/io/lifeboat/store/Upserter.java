package io.lifeboat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Batched "insert or update by natural key" that leaves identical rows untouched, so re-importing
 * a file changes nothing and the summary can say how many rows were unchanged.
 *
 * <p>Rows go {@value #ROWS_PER_STATEMENT} to a statement ({@code VALUES (...), (...), ...}): SQLite's driver
 * crosses into native code to reset, step and count every statement it runs, and the engine sets up every
 * statement anew, so one statement per row cost a million-row import about 0.25 s more (wall) on the thread
 * that writes. Callers must not send the same key twice (PostgreSQL refuses a statement that would update a
 * row twice); an import sets duplicate keys aside before it writes.
 */
public final class Upserter<T> implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 64;
    private static final int BATCH = 2048;

    /** Binds one row's values to the statement's parameters {@code at + 1}, {@code at + 2}, ... in column order. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, int at, T row) throws SQLException;
    }

    private final PreparedStatement many;
    private final PreparedStatement one;
    private final Binder<T> binder;
    private final int width;
    private final List<T> pending = new ArrayList<>();
    private long changed;

    Upserter(Connection c, String table, List<String> keys, List<String> columns, Binder<T> binder) {
        this.binder = binder;
        this.width = columns.size();
        try {
            this.many = c.prepareStatement(sql(table, keys, columns, ROWS_PER_STATEMENT));
            this.one = c.prepareStatement(sql(table, keys, columns, 1));
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Portable upsert: SQLite 3.39+ and PostgreSQL 9.5+ both read this statement the same way. */
    static String sql(String table, List<String> keys, List<String> columns, int rows) {
        String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ")
                .append((row + ", ").repeat(rows - 1)).append(row).append(" ON CONFLICT (")
                .append(String.join(", ", keys)).append(") DO UPDATE SET ");
        StringBuilder where = new StringBuilder();
        boolean first = true;
        for (String col : columns) {
            if (keys.contains(col)) continue;
            if (!first) {
                sb.append(", ");
                where.append(" OR ");
            }
            first = false;
            sb.append(col).append(" = excluded.").append(col);
            where.append(table).append('.').append(col).append(" IS DISTINCT FROM excluded.").append(col);
        }
        return sb.append(" WHERE ").append(where).toString();
    }

    public void add(T row) {
        pending.add(row);
        if (pending.size() == BATCH) flush();
    }

    /** Sends what is queued. {@link #changed()} accumulates inserted + updated rows. */
    public void flush() {
        if (pending.isEmpty()) return;
        try {
            int n = pending.size();
            int i = 0;
            for (; i + ROWS_PER_STATEMENT <= n; i += ROWS_PER_STATEMENT) {
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) binder.bind(many, r * width, pending.get(i + r));
                changed += many.executeUpdate();
            }
            if (i < n) {
                for (; i < n; i++) {
                    binder.bind(one, 0, pending.get(i));
                    one.addBatch();
                }
                for (int c : one.executeBatch()) {
                    if (c > 0) changed += c;
                }
            }
            pending.clear();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Rows inserted or updated so far (after {@link #flush()}). */
    public long changed() {
        return changed;
    }

    @Override
    public void close() {
        try {
            many.close();
            one.close();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }
}
