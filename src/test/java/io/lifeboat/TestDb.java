package io.lifeboat;

import io.lifeboat.store.PostgresLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where tests keep their data. By default a SQLite file in the test's folder. When the system property
 * {@code lifeboat.test.pg} or the variable {@code LIFEBOAT_TEST_PG} names a PostgreSQL database
 * ({@code postgresql://user@127.0.0.1:5432/lifeboat_test}), every test gets a fresh, empty schema
 * there instead ({@code ?currentSchema=t_...}), dropped when the test JVM ends; the tests' assertions
 * stay the same.
 */
public final class TestDb {
    private static final List<String> CREATED = new ArrayList<>();

    private TestDb() {
    }

    /** The PostgreSQL URL the suite runs against, or null for SQLite. */
    public static String postgresUrl() {
        String url = System.getProperty("lifeboat.test.pg");
        if (url == null || url.isBlank()) url = System.getenv("LIFEBOAT_TEST_PG");
        return url == null || url.isBlank() ? null : url.strip();
    }

    public static boolean postgres() {
        return postgresUrl() != null;
    }

    /** A new database location: {@code dir/name} for SQLite, a new schema's URL for PostgreSQL. */
    public static String fresh(Path dir, String name) {
        String base = postgresUrl();
        if (base == null) return dir.resolve(name).toString();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(base, "CREATE SCHEMA " + schema);
        synchronized (CREATED) {
            if (CREATED.isEmpty()) Runtime.getRuntime().addShutdownHook(new Thread(TestDb::dropAll));
            CREATED.add(schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The variables a child process or {@code Env} needs to reach the test server (its password). */
    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("PGPASSWORD", "PGPASSFILE", "PGUSER", "HOME")) {
            String v = System.getenv(name);
            if (v != null) env.put(name, v);
        }
        return env;
    }

    private static void dropAll() {
        List<String> schemas;
        synchronized (CREATED) {
            schemas = new ArrayList<>(CREATED);
        }
        for (String s : schemas) {
            try {
                execute(postgresUrl(), "DROP SCHEMA IF EXISTS " + s + " CASCADE");
            } catch (RuntimeException e) {
                // the cluster is throwaway; a leftover schema is harmless
            }
        }
    }

    private static void execute(String url, String sql) {
        PostgresLocation pg = PostgresLocation.parse(url, environment());
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL at " + pg.display() + " refused '" + sql + "': "
                    + e.getMessage(), e);
        }
    }
}
