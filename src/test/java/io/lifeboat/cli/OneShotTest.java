package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One-shot runs register only the subcommand their arguments name; whatever the arguments, they must
 * behave exactly as with the full command tree (help, errors, suggestions, exit codes).
 */
class OneShotTest {
    private static final Env ENV = Env.test(Map.of(), CliRun.NOW);

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome full(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err), ENV).execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome oneShot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.createFor(new PrintWriter(out), new PrintWriter(err), ENV, args).execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static CommandLine rootSpecOnly() {
        return new CommandLine(new LifeboatCommand(ENV));
    }

    @Test
    void theNamedSubcommandIsFoundBehindTheGlobalOptions() {
        var root = rootSpecOnly().getCommandSpec();
        assertThat(OneShot.subcommandNamed(root, "incident", "list")).isEqualTo(IncidentCommand.class);
        assertThat(OneShot.subcommandNamed(root, "--db", "x.db", "-o", "json", "incident", "list"))
                .isEqualTo(IncidentCommand.class);
        assertThat(OneShot.subcommandNamed(root, "--db=incident", "-q", "affected")).isEqualTo(AffectedCommand.class);
        // an option value that happens to be a command's name is a value, not the command
        assertThat(OneShot.subcommandNamed(root, "--db", "import", "export", "bookings")).isEqualTo(ExportCommand.class);
        assertThat(OneShot.subcommandNamed(root, "--version")).isEqualTo(OneShot.NONE);
        assertThat(OneShot.subcommandNamed(root, "-V")).isEqualTo(OneShot.NONE);
    }

    @Test
    void theNameTableMatchesTheCommandAnnotations() {
        List<String> annotated = new ArrayList<>();
        for (Class<?> sub : LifeboatCommand.Subcommands.CLASSES) {
            CommandLine.Command command = sub.getAnnotation(CommandLine.Command.class);
            assertThat(command).as(sub.getName()).isNotNull();
            // the table has no room for aliases: a command that gains one must be found some other way
            assertThat(command.aliases()).as(sub.getName()).isEmpty();
            annotated.add(command.name());
        }
        assertThat(LifeboatCommand.Subcommands.NAMES).isEqualTo(annotated);
    }

    @Test
    void anythingUnclearGetsTheFullTree() {
        var root = rootSpecOnly().getCommandSpec();
        assertThat(OneShot.subcommandNamed(root)).isNull();
        assertThat(OneShot.subcommandNamed(root, "--help")).isNull();
        assertThat(OneShot.subcommandNamed(root, "--version", "--help")).isNull();
        assertThat(OneShot.subcommandNamed(root, "incdent", "list")).isNull();
        assertThat(OneShot.subcommandNamed(root, "-qe", "incident")).isNull();
        assertThat(OneShot.subcommandNamed(root, "--no-such-option", "incident")).isNull();
        assertThat(OneShot.subcommandNamed(root, "--", "incident")).isNull();
        assertThat(OneShot.subcommandNamed(root, "completion", "bash")).isNull();
    }

    @Test
    void everyCommandsHelpIsTheSameAsWithTheFullTree() {
        List<String> failures = new ArrayList<>();
        for (List<String> path : HelpTreeTest.commandPaths()) {
            for (List<String> prefix : List.of(List.<String>of(), List.of("--db", "ops.db", "-o", "json"))) {
                List<String> args = new ArrayList<>(prefix);
                args.addAll(path);
                args.add("--help");
                String[] a = args.toArray(new String[0]);
                Outcome expected = full(a);
                Outcome actual = oneShot(a);
                if (!expected.equals(actual)) failures.add(String.join(" ", args) + ": " + actual + " vs " + expected);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void errorsSuggestionsAndVersionAreTheSameAsWithTheFullTree() {
        List<String[]> cases = List.of(
                new String[] {"--version"},
                new String[] {"-V"},
                new String[] {"--help"},
                new String[] {},
                new String[] {"incdent", "list"},
                new String[] {"incident", "lsit"},
                new String[] {"incident"},
                new String[] {"--no-such-option", "incident", "list"},
                new String[] {"affected", "--area"},
                new String[] {"affected", "--from", "yesterday", "--until", "2026-07-01T00:00:00Z", "--area", "region:CN"},
                new String[] {"-o", "xml", "playbook", "list"},
                new String[] {"completion", "bash"},
                new String[] {"playbook", "show", "typhoon", "-o", "json"});
        for (String[] args : cases) {
            assertThat(oneShot(args)).as(String.join(" ", args)).isEqualTo(full(args));
        }
    }
}
