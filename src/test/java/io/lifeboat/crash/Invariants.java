package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import io.lifeboat.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks shared by the crash cases: the file is sound, the audit chain verifies, counts by SQL. */
final class Invariants {
    private Invariants() {
    }

    /** Whether the killed process got as far as creating the database at all. */
    static boolean exists(String location) {
        return TestDb.postgres() || Files.exists(Path.of(location));
    }

    /** SQLite's own integrity check, and the audit chain through the real command. */
    static void sound(CliRun cli, String location, String context) {
        if (!TestDb.postgres()) {
            try (Database db = Database.open(location); Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).as(context + ": integrity").isEqualTo("ok");
            } catch (SQLException e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
        }
        CliRun.Result verify = cli.raw("--db", location, "audit", "verify");
        assertThat(verify.code()).as(context + ": audit verify\n" + verify).isZero();
    }

    /** Each query's single number, read through one connection. */
    static long[] counts(String location, String... queries) {
        long[] out = new long[queries.length];
        try (Database db = Database.open(location); Statement st = db.connection().createStatement()) {
            for (int i = 0; i < queries.length; i++) {
                try (ResultSet rs = st.executeQuery(queries[i])) {
                    rs.next();
                    out[i] = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return out;
    }

    static long count(String location, String query) {
        return counts(location, query)[0];
    }
}
