package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions are recorded and visible; an older file upgrades in place with its data. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneFileUpgradesAndItsSegmentsBecomeQueryable() throws Exception {
        String file = TestDb.fresh(dir, "old.db");
        try (Database v1 = Database.open(file, 1)) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            try (Statement st = v1.connection().createStatement()) {
                st.execute("INSERT INTO booking VALUES ('B1','Old Timer',2,NULL,NULL,'en','standard','','confirmed')");
                st.execute("INSERT INTO segment (booking_id, seq, kind, supplier_id, place, region, lat, lon,"
                        + " starts_at, ends_at, starts_ms, ends_ms) VALUES ('B1',1,'hotel',NULL,'Hotel','HK',22.3,114.17,"
                        + "'2026-07-01T15:00:00+08:00','2026-07-02T12:00:00+08:00',1782889200000,1782964800000)");
            }
        }
        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.latestVersion());
            // SQLite: the R*Tree is filled from existing rows; PostgreSQL: the box index on plain columns exists.
            String prefilter = TestDb.postgres()
                    ? "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()"
                    + " AND indexname = 'segment_lon_lat_time'"
                    : "SELECT COUNT(*) FROM segment_box";
            try (Statement st = upgraded.connection().createStatement();
                 ResultSet rs = st.executeQuery(prefilter)) {
                rs.next();
                assertThat(rs.getInt(1)).as("the spatial index is filled from existing rows").isEqualTo(1);
            }
        }
        CliRun cli = new CliRun(dir);
        CliRun.Result r = cli.raw("--db", file, "affected", "-o", "csv", "--area", "circle:22.3,114.17,1",
                "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-02T00:00:00Z");
        assertThat(r.out()).contains("B1,1,hotel");
        CliRun.Result status = cli.raw("--db", file, "-o", "json", "db", "status");
        assertThat(status.out()).contains("\"schema_version\": " + Migrations.latestVersion(), "\"booking\": 1");
    }

    @Test
    void reopeningDoesNotReapplyMigrations() {
        String file = TestDb.fresh(dir, "x.db");
        Database.open(file).close();
        try (Database again = Database.open(file)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aFileFromANewerLifeboatIsRefused() throws Exception {
        String file = TestDb.fresh(dir, "new.db");
        try (Database db = Database.open(file);
             Statement st = db.connection().createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z')");
        }
        assertThatThrownBy(() -> Database.open(file))
                .hasMessageContaining("schema version 999 is newer than this Lifeboat supports");
    }

    @Test
    void everyMigrationScriptSplitsIntoStatements() {
        for (Dialect d : List.of(new SqliteDialect(), new PostgresDialect())) {
            for (Migration m : Migrations.ALL) {
                assertThat(Migrations.statements(m, d)).as(d.name() + " " + m.script()).isNotEmpty()
                        .allSatisfy(sql -> assertThat(sql).doesNotContain("${").doesNotEndWith(";"));
            }
        }
    }
}
