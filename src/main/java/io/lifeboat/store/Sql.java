package io.lifeboat.store;

import java.sql.SQLException;

/** Turns driver exceptions into messages a duty manager can act on. */
final class Sql {
    private Sql() {
    }

    static RuntimeException failure(SQLException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (isBusy(e)) {
            return new StoreException("database is busy (locked by another lifeboat?) after "
                    + Database.BUSY_TIMEOUT_MS / 1000 + " s; nothing was changed; re-run the command", e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01")) {
            return new StoreException("this change raced with another lifeboat process and was rolled back;"
                    + " nothing was changed; re-run the command", e);
        }
        if (state.startsWith("08")) {
            return new StoreException("database connection failed: " + msg, e);
        }
        return new StoreException("database error: " + msg, e);
    }

    /** SQLite's busy timeout ran out, or PostgreSQL's lock_timeout (SQLSTATE 55P03). */
    static boolean isBusy(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        return msg.contains("SQLITE_BUSY") || msg.contains("database is locked") || "55P03".equals(e.getSQLState());
    }
}
