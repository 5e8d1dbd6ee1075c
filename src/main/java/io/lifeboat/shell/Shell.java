package io.lifeboat.shell;

import io.lifeboat.cli.Candidates;
import io.lifeboat.cli.Cli;
import io.lifeboat.cli.Env;
import io.lifeboat.cli.InteractiveShell;
import io.lifeboat.cli.ShellSession;
import io.lifeboat.common.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The interactive shell (JLine 3, completing with picocli's engine): every line runs through the same
 * {@link Cli#create} factory as a one-shot command, in the shell's environment (database, actor). Shell
 * words: {@code use [INCIDENT_ID|none]}, {@code help}, {@code exit}/{@code quit}. Ctrl-C cancels the line,
 * Ctrl-D exits. History is kept in {@code $LIFEBOAT_HISTORY}, else {@code ~/.lifeboat_history}.
 */
public final class Shell implements InteractiveShell {
    static final List<String> WORDS = List.of("use", "help", "exit", "quit");

    @Override
    public int run(Env env, PrintWriter out, PrintWriter err) {
        // dumb(true): lines piped in (no terminal) are read without a warning; Ctrl-C while a command runs
        // is ignored, so it never kills the shell (while typing, it cancels the line).
        try (Terminal terminal = TerminalBuilder.builder().name("lifeboat").system(true).dumb(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            return run(terminal, env, out, err);
        } catch (IOException e) {
            err.println("error: cannot open the terminal: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
    }

    /** Runs the shell on {@code terminal} until end of input or {@code exit}. */
    int run(Terminal terminal, Env env, PrintWriter out, PrintWriter err) {
        ShellSession session = ShellSession.begin(env);
        try {
            Supplier<CommandLine> model = () -> Cli.create(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), session.env());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("lifeboat")
                    .completer(completer(model.get()))
                    .parser(new DefaultParser())
                    .variable(LineReader.HISTORY_FILE, historyFile(env))
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.AUTO_FRESH_LINE, true)
                    .build();
            if (!"dumb".equals(terminal.getType())) {
                err.println("Lifeboat shell: Tab completes, 'use 12' sets the current incident, "
                        + "'help' lists commands, Ctrl-D exits.");
                err.flush();
            }
            while (true) {
                String line;
                try {
                    line = reader.readLine(Prompt.of(session.incident(), session.overdueTasks()));
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: drop the line, keep the shell
                } catch (EndOfFileException e) {
                    return ExitCodes.OK; // Ctrl-D
                }
                List<String> words = new ArrayList<>(reader.getParsedLine().words());
                words.removeIf(String::isEmpty);
                if (words.isEmpty()) continue;
                String first = words.get(0);
                if (first.equals("exit") || first.equals("quit")) return ExitCodes.OK;
                if (first.equals("use")) {
                    use(session, words, out, err);
                } else if (first.equals("shell")) {
                    err.println("already in the shell; Ctrl-D or 'exit' leaves it");
                } else if (first.equals("help")) {
                    Cli.create(out, err, session.env()).execute("--help");
                    out.println("Shell words: use [INCIDENT_ID|none], help, exit (or Ctrl-D). "
                            + "Leave out INCIDENT_ID after 'use'.");
                } else {
                    List<String> args = CurrentIncident.apply(model, words, session.incident());
                    Cli.create(out, err, session.env()).execute(args.toArray(new String[0]));
                }
                out.flush();
                err.flush();
            }
        } finally {
            ShellSession.end();
        }
    }

    private static void use(ShellSession session, List<String> words, PrintWriter out, PrintWriter err) {
        if (words.size() == 1) {
            out.println(session.incident() == null ? "no current incident; 'use INCIDENT_ID' sets one"
                    : "current incident: " + session.incident());
            return;
        }
        String arg = words.get(1);
        if (arg.equals("none") || arg.equals("-")) {
            session.use(null);
            return;
        }
        long id;
        try {
            id = Long.parseLong(arg);
        } catch (NumberFormatException e) {
            err.println("error: '" + arg + "' is not an incident id; see 'incident list'");
            return;
        }
        String problem = session.checkIncident(id);
        if (problem != null) {
            err.println("error: " + problem);
            return;
        }
        session.use(id);
        err.println("current incident: " + id + " (commands may leave out INCIDENT_ID)");
        err.println("next: incident show   ·   task list   ·   affected");
    }

    /** Commands and options from the command model, live values from the store, and the shell words. */
    private static ModelCompleter completer(CommandLine model) {
        Candidates.IncidentIds incidents = new Candidates.IncidentIds();
        return new ModelCompleter(model, () -> {
            List<String> ids = new ArrayList<>();
            incidents.forEach(ids::add);
            return ids;
        });
    }

    private static Path historyFile(Env env) {
        String custom = env.get("LIFEBOAT_HISTORY");
        if (custom != null && !custom.isBlank()) return Path.of(custom);
        String home = env.get("HOME");
        if (home == null || home.isBlank()) home = System.getProperty("user.home");
        return Path.of(home, ".lifeboat_history");
    }
}
