package io.lifeboat;

import io.lifeboat.cli.Cli;
import io.lifeboat.cli.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line ({@code Cli.createFor(out, err, env, args)}, as main does) against a database in a
 * test folder, capturing stdout and stderr. The environment is fixed: no terminal, a pinned clock.
 */
public final class CliRun {
    public static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private Instant now = NOW;
    private String db;

    public CliRun(Path dir) {
        this.dir = dir;
        env.putAll(TestDb.environment());
    }

    public Path dir() {
        return dir;
    }

    /**
     * The test's database: {@code test.db} in the test folder, or a fresh PostgreSQL schema's URL when
     * the suite runs against PostgreSQL (see {@link TestDb}).
     */
    public String db() {
        if (db == null) db = TestDb.fresh(dir, "test.db");
        return db;
    }

    /** Sets a variable of the environment the command sees; null removes it. */
    public CliRun env(String key, String value) {
        if (value == null) env.remove(key);
        else env.put(key, value);
        return this;
    }

    public CliRun at(Instant instant) {
        this.now = instant;
        return this;
    }

    /** Runs {@code lifeboat --db <test.db> args...}. */
    public Result run(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--db");
        all.add(db());
        all.addAll(List.of(args));
        return raw(all.toArray(new String[0]));
    }

    /** Runs exactly {@code args}, without adding {@code --db}. */
    public Result raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.createFor(new PrintWriter(out), new PrintWriter(err), Env.test(env, now), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Imports the fixture bookings, segments and suppliers (src/test/resources/fixtures), failing loudly if any fails. */
    public CliRun withFixtures() {
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            Result r = run("import", d, resource("fixtures/" + d + ".csv").toString());
            if (r.code() != 0) throw new AssertionError("import " + d + " failed: " + r);
        }
        return this;
    }

    /** Writes a file into the test folder and returns its path. */
    public Path file(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a classpath resource (under src/test/resources) into the test folder. */
    public Path resource(String path) {
        try (InputStream in = CliRun.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + path);
            Files.createDirectories(dir);
            Path p = dir.resolve(Path.of(path).getFileName().toString());
            Files.write(p, in.readAllBytes());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String path) {
        try (InputStream in = CliRun.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run printed and returned. */
    public record Result(int code, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
