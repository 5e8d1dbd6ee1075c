package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Help that teaches, held for the whole command tree (also for commands added later): every command
 * has a description, examples in its help footer and a working {@code --help}; typos get suggestions.
 */
class HelpTreeTest {
    @TempDir
    Path dir;

    /** Every command of the tree, as the words that reach it ({@code [incident, list]}). */
    static List<List<String>> commandPaths() {
        CommandLine root = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Env.test(Map.of(), CliRun.NOW));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getKey().equals(e.getValue().getCommandName())) continue; // aliases
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, into);
        }
    }

    private static CommandLine find(CommandLine root, List<String> path) {
        CommandLine cl = root;
        for (String word : path) cl = cl.getSubcommands().get(word);
        return cl;
    }

    @Test
    void everyCommandHasADescriptionExamplesAndAWorkingHelp() {
        List<List<String>> paths = commandPaths();
        assertThat(paths).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        for (List<String> path : paths) {
            CommandLine root = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    Env.test(Map.of(), CliRun.NOW));
            CommandLine cl = find(root, path);
            String name = String.join(" ", path);
            var usage = cl.getCommandSpec().usageMessage();
            if (usage.description().length == 0 || String.join("", usage.description()).isBlank()) {
                failures.add("'lifeboat " + name + "' has no description");
            }
            String footer = String.join("\n", usage.footer());
            if (!footer.contains("lifeboat " + (path.isEmpty() ? "" : path.get(0)))) {
                failures.add("'lifeboat " + name + "' has no examples in its help footer");
            }
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun.Result r = new CliRun(dir).raw(args.toArray(new String[0]));
            if (r.code() != 0 || !r.out().startsWith("Usage: lifeboat" + (path.isEmpty() ? "" : " " + name))) {
                failures.add("'lifeboat " + name + " --help' does not print its help: " + r);
            }
            // e.g. picocli's warning about an unescaped '%' in a description or footer (write '%%')
            if (!r.err().isEmpty()) failures.add("'lifeboat " + name + " --help' writes to stderr: " + r.err());
            for (String line : r.out().split("\n")) {
                if (line.length() > 100) failures.add("'lifeboat " + name + " --help' is wider than 100: " + line);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void misspelledCommandsGetSuggestions() {
        CliRun.Result r = new CliRun(dir).raw("incdent");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Did you mean: incident");
        CliRun.Result sub = new CliRun(dir).raw("incident", "lsit");
        assertThat(sub.code()).isEqualTo(2);
        assertThat(sub.err()).contains("Did you mean: incident list");
    }
}
