package io.lifeboat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Batched "insert or update by natural key" that leaves identical rows untouched, so re-importing
 * a file changes nothing and the summary can say how many rows were unchanged.
 */
public final class Upserter<T> implements AutoCloseable {
    private static final int BATCH = 2000;

    /** Binds one row's values to the statement's parameters, in column order. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private final PreparedStatement ps;
    private final Binder<T> binder;
    private int pending;
    private long changed;

    Upserter(Connection c, String table, List<String> keys, List<String> columns, Binder<T> binder) {
        this.binder = binder;
        try {
            this.ps = c.prepareStatement(sql(table, keys, columns));
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Portable upsert: SQLite 3.39+ and PostgreSQL 9.5+ both read this statement the same way. */
    static String sql(String table, List<String> keys, List<String> columns) {
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES (")
                .append("?, ".repeat(columns.size() - 1)).append("?) ON CONFLICT (")
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
        try {
            binder.bind(ps, row);
            ps.addBatch();
            if (++pending == BATCH) flush();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Sends what is batched. Returns nothing; {@link #changed()} accumulates inserted + updated rows. */
    public void flush() {
        if (pending == 0) return;
        try {
            for (int n : ps.executeBatch()) {
                if (n > 0) changed += n;
            }
            pending = 0;
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
            ps.close();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }
}
