package io.lifeboat.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.CliRun;
import java.nio.file.Path;
import java.time.Instant;

/** Test helpers: a database with the fixture bookings, drill files for a quarter, runs started through the CLI. */
final class DrillRuns {
    static final ObjectMapper JSON = new ObjectMapper();

    private DrillRuns() {
    }

    /** Whether drills get a sandbox copy (SQLite) or run in place (the PostgreSQL pass of the suite). */
    static boolean sandboxed() {
        return !io.lifeboat.TestDb.postgres();
    }

    static CliRun withFixtures(Path dir) {
        CliRun cli = new CliRun(dir).env("TZ", "UTC");
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        return cli;
    }

    static Path drillFile(CliRun cli, String quarter) {
        return cli.file("t-" + quarter + ".yaml", CliRun.resourceText("drills/t-typhoon.yaml").replace("QUARTER", quarter)
                .replace("LOWER", quarter.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A started run: its id, the drill incident and the sandbox. */
    record Run(long id, long incident, String sandbox) {
    }

    static Run start(CliRun cli, Path file, Instant at, String... more) {
        String[] args = new String[3 + more.length + 2];
        args[0] = "drill";
        args[1] = "start";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        args[args.length - 2] = "-o";
        args[args.length - 1] = "json";
        CliRun.Result r = cli.at(at).run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode n = json(r.out());
        return new Run(n.get("run").asLong(), n.get("incident").asLong(), n.get("sandbox").asText());
    }

    /** Runs a command on the drill's sandbox, as the team does during the drill. */
    static CliRun.Result onSandbox(CliRun cli, Run run, Instant at, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = run.sandbox();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun.Result r = cli.at(at).raw(all);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
