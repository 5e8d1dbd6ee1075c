package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused statement under a savepoint leaves the transaction usable, on both engines. */
class SavepointTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedInsertUnderASavepointLetsTheTransactionCarryOn() {
        try (Database db = Database.open(TestDb.fresh(dir, "sp.db"))) {
            long kept = db.inTransaction(c -> {
                insert(db, "B1");
                assertThatThrownBy(() -> db.withSavepoint(x -> insert(db, "B1"))).isInstanceOf(StoreException.class)
                        .hasMessageContaining("database error");
                // without the savepoint PostgreSQL would now refuse every statement until rollback
                insert(db, "B2");
                return Rows.count(db, "booking");
            });
            assertThat(kept).isEqualTo(2);
            assertThat(Rows.count(db, "booking")).isEqualTo(2);
        }
    }

    private static int insert(Database db, String id) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO booking (booking_id, lead_name,"
                + " party_size, locale, tier, needs, status) VALUES (?, 'A', 1, 'en', 'standard', '', 'confirmed')")) {
            ps.setString(1, id);
            return ps.executeUpdate();
        }
    }
}
