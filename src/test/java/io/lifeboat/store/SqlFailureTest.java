package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Driver failures become messages a duty manager can act on, the same for both engines. */
class SqlFailureTest {
    @Test
    void busyOnEitherEngineSaysWhatToDo() {
        String busy = "database is busy (locked by another lifeboat?) after 10 s; nothing was changed; re-run the command";
        assertThat(Sql.failure(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)")))
                .hasMessage(busy);
        assertThat(Sql.failure(new SQLException("ERROR: canceling statement due to lock timeout", "55P03")))
                .hasMessage(busy);
    }

    @Test
    void racesAndLostConnectionsAreNamed() {
        assertThat(Sql.failure(new SQLException("could not serialize access", "40001")))
                .hasMessageContaining("raced with another lifeboat process").hasMessageContaining("re-run");
        assertThat(Sql.failure(new SQLException("deadlock detected", "40P01")))
                .hasMessageContaining("raced with another lifeboat process");
        assertThat(Sql.failure(new SQLException("Connection refused", "08001")))
                .hasMessage("database connection failed: Connection refused");
        assertThat(Sql.failure(new SQLException("no such table: x"))).hasMessage("database error: no such table: x");
    }
}
