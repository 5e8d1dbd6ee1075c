package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Global options, exit codes and help conventions of the interface contract. */
class CliBasicsTest {
    @TempDir
    Path dir;

    @Test
    void versionAndHelp() {
        CliRun cli = new CliRun(dir);
        CliRun.Result v = cli.raw("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).matches("lifeboat \\S+\\n");
        CliRun.Result h = cli.raw("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("--db=PATH", "-o, --output=FORMAT", "--no-color", "-q, --quiet", "Exit codes:");
    }

    @Test
    void unknownCommandSuggestsAndExitsTwo() {
        CliRun.Result r = new CliRun(dir).raw("afected");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument", "Did you mean", "affected", "Try 'lifeboat --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun.Result r = new CliRun(dir).run("export", "bookings", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'").contains("Try 'lifeboat export --help'");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        CliRun cli = new CliRun(dir);
        Path b = cli.resource("fixtures/bookings.csv");
        assertThat(cli.raw("import", "bookings", b.toString(), "--db", cli.db().toString(), "-o", "JSON").out())
                .contains("\"inserted\": 6");
        assertThat(cli.raw("--db", cli.db().toString(), "-q", "import", "bookings", b.toString()).out()).isEmpty();
    }

    @Test
    void databaseFromTheEnvironment() {
        CliRun cli = new CliRun(dir).env("LIFEBOAT_DB", dir.resolve("env.db").toString());
        assertThat(cli.raw("import", "bookings", cli.resource("fixtures/bookings.csv").toString()).code()).isZero();
        assertThat(dir.resolve("env.db")).exists();
    }

    @Test
    void errorsFlagShowsStackTraces() {
        CliRun cli = new CliRun(dir);
        Path notADir = cli.file("file", "x");
        CliRun.Result plain = cli.raw("--db", notADir.resolve("x.db").toString(), "import", "bookings",
                cli.resource("fixtures/bookings.csv").toString());
        assertThat(plain.code()).isNotZero();
        assertThat(plain.err()).doesNotContain("\tat io.lifeboat");
        CliRun.Result traced = cli.raw("-e", "--db", dir.resolve("ok.db").toString(), "export", "bookings", "--file",
                notADir.resolve("out.csv").toString());
        assertThat(traced.code()).isNotZero();
    }

    @Test
    void noLineOfAnyHelpIsWiderThan100Columns() {
        CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Env.test(java.util.Map.of(), CliRun.NOW));
        assertHelpFits(cl);
    }

    private static void assertHelpFits(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        for (String line : w.toString().split("\n")) {
            assertThat(line.length()).as("%s help: %s", cl.getCommandSpec().qualifiedName(), line).isLessThanOrEqualTo(100);
        }
        for (CommandLine sub : cl.getSubcommands().values()) assertHelpFits(sub);
    }

    @Test
    void everyCommandHasADescriptionAndExamples() {
        CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Env.test(java.util.Map.of(), CliRun.NOW));
        for (CommandLine sub : cl.getSubcommands().values()) {
            assertThat(sub.getCommandSpec().usageMessage().description()).as(sub.getCommandName()).isNotEmpty();
            assertThat(sub.getCommandSpec().usageMessage().footer()).as(sub.getCommandName() + " examples").isNotEmpty();
        }
    }
}
