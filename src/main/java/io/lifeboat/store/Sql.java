package io.lifeboat.store;

import java.sql.SQLException;

/** Turns driver exceptions into messages a duty manager can act on. */
final class Sql {
    private Sql() {
    }

    static RuntimeException failure(SQLException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (msg.contains("SQLITE_BUSY") || msg.contains("database is locked")) {
            return new StoreException("the database is busy: another Lifeboat process held its lock for more than "
                    + Database.BUSY_TIMEOUT_MS / 1000 + " s; re-run the command", e);
        }
        return new StoreException("database error: " + msg, e);
    }
}
