package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.util.List;

/** {@code import bookings} of a large generated file into an empty database: all rows or none. */
final class ImportCase implements CrashCase {
    private final CliRun cli;
    private final Path dir;
    private final Path file;
    private final long rows;

    ImportCase(CliRun cli, Path dir, int bookings) {
        this.cli = cli;
        this.dir = dir;
        CliRun.Result gen = cli.raw("demo", "generate", "--bookings", Integer.toString(bookings), "--out",
                dir.resolve("gen").toString());
        assertThat(gen.code()).as(gen.toString()).isZero();
        this.file = dir.resolve("gen/bookings.csv");
        this.rows = bookings;
    }

    @Override
    public String name() {
        return "import bookings";
    }

    @Override
    public String prepare(int iteration) {
        return TestDb.fresh(dir, "import-" + iteration + ".db");
    }

    @Override
    public List<String> command() {
        return List.of("import", "bookings", file.toString());
    }

    @Override
    public void checkAfterKill(String location, String context) {
        if (!Invariants.exists(location)) return;
        long n = Invariants.count(location, "SELECT COUNT(*) FROM booking");
        assertThat(n).as(context + ": no partial import").isIn(0L, rows);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        CliRun.Result r = cli.raw("--db", location, "import", "bookings", file.toString());
        assertThat(r.code()).as(context + ": re-run\n" + r).isZero();
        assertThat(Invariants.count(location, "SELECT COUNT(*) FROM booking")).as(context).isEqualTo(rows);
        Invariants.sound(cli, location, context);
    }
}
