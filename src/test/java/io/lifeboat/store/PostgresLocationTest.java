package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL URLs as libpq tools read them, and passwords from PGPASSWORD or the password file. */
class PostgresLocationTest {
    @TempDir
    Path dir;

    @Test
    void theUrlNamesUserHostPortAndDatabase() {
        PostgresLocation pg = PostgresLocation.parse("postgresql://duty@db.example.org:6432/ops", Map.of());
        assertThat(pg.user()).isEqualTo("duty");
        assertThat(pg.host()).isEqualTo("db.example.org");
        assertThat(pg.port()).isEqualTo(6432);
        assertThat(pg.database()).isEqualTo("ops");
        assertThat(pg.password()).isNull();
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6432/ops");
        assertThat(PostgresLocation.matches("postgres://x@y/z")).isTrue();
        assertThat(PostgresLocation.matches("/srv/lifeboat.db")).isFalse();
        assertThat(PostgresLocation.matches("postgresql.db")).isFalse();
    }

    @Test
    void whatTheUrlLeavesOutComesFromTheLibpqVariables() {
        Map<String, String> env = Map.of("PGUSER", "cron", "PGHOST", "pg.internal", "PGPORT", "5433",
                "PGDATABASE", "lifeboat", "HOME", dir.toString());
        PostgresLocation pg = PostgresLocation.parse("postgres://", env);
        assertThat(pg.user()).isEqualTo("cron");
        assertThat(pg.host()).isEqualTo("pg.internal");
        assertThat(pg.port()).isEqualTo(5433);
        assertThat(pg.database()).isEqualTo("lifeboat");
        PostgresLocation defaults = PostgresLocation.parse("postgresql://ann@/", Map.of("HOME", dir.toString()));
        assertThat(defaults.host()).isEqualTo("localhost");
        assertThat(defaults.port()).isEqualTo(5432);
        assertThat(defaults.database()).as("libpq: the database defaults to the user name").isEqualTo("ann");
    }

    @Test
    void queryParametersGoToTheDriverAndThePasswordNeverShows() {
        PostgresLocation pg = PostgresLocation.parse(
                "postgresql://duty:s%40cret@10.0.0.5/ops?sslmode=require&currentSchema=team_a", Map.of());
        assertThat(pg.password()).isEqualTo("s@cret");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/ops?sslmode=require&currentSchema=team_a");
        assertThat(pg.display()).isEqualTo("postgresql://duty@10.0.0.5:5432/ops?currentSchema=team_a")
                .doesNotContain("cret");
        assertThat(pg.properties().getProperty("password")).isEqualTo("s@cret");
        assertThat(PostgresLocation.redact("postgresql://duty:s3cret@h/db")).isEqualTo("postgresql://duty:***@h/db");
        assertThat(PostgresLocation.redact("postgresql://h/db?password=x&a=b")).isEqualTo("postgresql://h/db?password=***&a=b");
    }

    @Test
    void passwordPrecedenceIsUrlThenPgpasswordThenTheFile() throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "*:*:*:*:from-file\n");
        Map<String, String> env = new HashMap<>(Map.of("PGPASSFILE", file.toString()));
        assertThat(PostgresLocation.parse("postgresql://u@h/d", env).password()).isEqualTo("from-file");
        env.put("PGPASSWORD", "from-env");
        assertThat(PostgresLocation.parse("postgresql://u@h/d", env).password()).isEqualTo("from-env");
        assertThat(PostgresLocation.parse("postgresql://u:inline@h/d", env).password()).isEqualTo("inline");
    }

    @Test
    void thePasswordFileMatchesFieldByFieldWithWildcardsCommentsAndEscapes() throws Exception {
        Path file = dir.resolve(".pgpass");
        Files.writeString(file, String.join("\n",
                "# team server",
                "db.example.org:5432:ops:duty:first",
                "db.example.org:*:ops:duty:second",
                "*:*:archive:*:pa\\:ss\\\\word",
                "",
                "short:line",
                "*:*:*:cron:cron-secret:ignored-field"));
        assertThat(PgPass.lookup(file, "db.example.org", 5432, "ops", "duty")).contains("first");
        assertThat(PgPass.lookup(file, "db.example.org", 6432, "ops", "duty")).contains("second");
        assertThat(PgPass.lookup(file, "anywhere", 1, "archive", "x")).contains("pa:ss\\word");
        assertThat(PgPass.lookup(file, "h", 5432, "other", "cron")).contains("cron-secret");
        assertThat(PgPass.lookup(file, "h", 5432, "other", "nobody")).isEmpty();
        assertThat(PgPass.lookup(dir.resolve("missing"), "h", 5432, "d", "u")).isEmpty();
        // HOME's .pgpass is the default file
        assertThat(PostgresLocation.parse("postgresql://duty@db.example.org/ops", Map.of("HOME", dir.toString()))
                .password()).isEqualTo("first");
    }

    @Test
    void aBadUrlOrUnreachableServerIsAClearFailure() {
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://u@h:port/d b", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("not a PostgreSQL URL");
        CliRun cli = new CliRun(dir);
        // port 1 on loopback: nothing listens there
        CliRun.Result r = cli.raw("--db", "postgresql://nobody:secret@127.0.0.1:1/none", "db", "status");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("cannot open database postgresql://nobody@127.0.0.1:1/none")
                .doesNotContain("secret");
    }

    @Test
    void theTestServerIsReachedWithAPasswordFileAlone() throws Exception {
        String url = TestDb.postgresUrl();
        assumeTrue(url != null, "runs in the PostgreSQL pass of the suite");
        String password = System.getenv("PGPASSWORD");
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "# written by the test\n*:*:*:*:" + (password == null ? "" : password.replace(":", "\\:")) + "\n");
        CliRun cli = new CliRun(dir).env("PGPASSWORD", null).env("PGPASSFILE", file.toString());
        CliRun.Result r = cli.run("-o", "json", "db", "status");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"backend\": \"postgresql\"");
    }
}
