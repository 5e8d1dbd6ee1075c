package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db status, backup, restore, and a busy database that fails in bounded time instead of hanging. */
class DbCommandTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
        assertThat(cli.run("import", "bookings", cli.resource("fixtures/bookings.csv").toString()).code()).isZero();
    }

    @Test
    void statusShowsBackendSchemaCountsAndSize() {
        CliRun.Result r = cli.run("-o", "json", "db", "status");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"backend\": \"" + (TestDb.postgres() ? "postgresql" : "sqlite") + "\"",
                "\"schema_version\": " + Migrations.latestVersion(), "\"supplier\": 0");
        assertThat(r.out()).containsPattern("\"audit_log\": [0-9]+");
        long bookings = CliRun.resourceText("fixtures/bookings.csv").lines().count() - 1;
        assertThat(r.out()).contains("\"booking\": " + bookings);
        assertThat(r.out()).containsPattern("\"size_bytes\": [1-9]");
        CliRun.Result table = cli.run("db", "status");
        assertThat(table.out()).contains("audit entries", "bookings");
        assertThat(cli.run("db", "migrate").err()).contains("schema version " + Migrations.latestVersion(), "next:");
    }

    @Test
    void aBackupRestoresTheDataAsItWasAndKeepsASafetyCopy() throws Exception {
        assumeFalse(TestDb.postgres(), "PostgreSQL is backed up with pg_dump (see the next test)");
        Path backup = dir.resolve("backups/before.db");
        Files.createDirectories(backup.getParent());
        CliRun.Result b = cli.run("db", "backup", backup.toString());
        assertThat(b.code()).as(b.toString()).isZero();
        assertThat(b.err()).contains("backed up", "next: lifeboat db restore");
        assertThat(cli.run("db", "backup", backup.toString()).code()).as("never overwrites").isEqualTo(2);

        assertThat(cli.run("import", "suppliers", cli.resource("fixtures/suppliers.csv").toString()).code()).isZero();
        String after = cli.run("export", "suppliers").out();
        assertThat(after.lines().count()).isGreaterThan(1);

        CliRun.Result r = cli.at(Instant.parse("2026-07-01T08:30:00Z")).run("db", "restore", backup.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Path safety = Path.of(cli.db() + ".before-restore-20260701T083000Z");
        assertThat(r.err()).contains("the previous data is kept in " + safety, "restored");
        assertThat(cli.run("export", "suppliers").out().lines().count()).as("suppliers came after the backup")
                .isEqualTo(1);
        assertThat(cli.run("export", "bookings").out()).isEqualTo(CliRun.resourceText("golden/export-bookings.csv"));
        CliRun.Result verify = cli.run("audit", "verify");
        assertThat(verify.code()).as(verify.toString()).isZero();

        // the safety copy holds what was there before the restore
        CliRun old = new CliRun(dir);
        assertThat(old.raw("--db", safety.toString(), "export", "suppliers").out()).isEqualTo(after);
    }

    @Test
    void restoreRefusesWhatIsNotALifeboatDatabaseAndChangesNothing() throws Exception {
        assumeFalse(TestDb.postgres(), "restore is for SQLite files");
        Path junk = cli.file("junk.db", "this is not a database at all, just text that is long enough to matter\n");
        String before = cli.run("export", "bookings").out();
        CliRun.Result r = cli.run("db", "restore", junk.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(junk + ": not a usable Lifeboat database");
        assertThat(cli.run("db", "restore", dir.resolve("missing.db").toString()).err()).contains("no such file");
        assertThat(cli.run("export", "bookings").out()).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void onPostgresqlBackupPrintsThePgDumpCommand() {
        assumeTrue(TestDb.postgres(), "runs in the PostgreSQL pass of the suite");
        CliRun.Result r = cli.run("db", "backup", "ops dump.pgc");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("pg_dump --format=custom '--file=ops dump.pgc' --host=")
                .contains("--schema=t_").doesNotContain("password");
        assertThat(cli.run("db", "restore", "ops.pgc").code()).isEqualTo(2);
    }

    /** Another process holds the write lock: the command gives up after the bounded wait with a clear message. */
    @Test
    void aBusyDatabaseFailsClearlyInsteadOfHanging() throws Exception {
        cli.run("import", "segments", cli.resource("fixtures/segments.csv").toString());
        assertThat(cli.run("incident", "open", "--playbook", "typhoon", "--area", "region:HK", "--from",
                "2026-07-02T00:00:00Z", "--until", "2026-07-04T00:00:00Z").code()).isZero();
        try (Database holder = Database.open(cli.db())) {
            holder.connection().setAutoCommit(false);
            try (Statement st = holder.connection().createStatement()) {
                // SQLite: the IMMEDIATE transaction holds the write lock; PostgreSQL: the audit head's row lock
                st.execute("UPDATE audit_head SET last_id = last_id WHERE head_id = 1");
            }
            long start = System.nanoTime();
            CliRun.Result r = cli.run("task", "done", "1", "report-regulator");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            holder.connection().rollback();
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("database is busy (locked by another lifeboat?) after 10 s");
            assertThat(waited).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(30));
        }
        CliRun.Result again = cli.run("task", "done", "1", "report-regulator");
        assertThat(again.code()).as("re-running once the lock is gone: " + again).isZero();
        assertThat(cli.run("task", "list", "1", "-o", "json").out()).contains("\"done_by\": \"tester\"");
        assertThat(List.of(cli.run("audit", "verify").code())).containsExactly(0);
    }
}
