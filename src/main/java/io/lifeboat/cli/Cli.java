package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.store.StoreException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one factory for the command line, shared by {@code main}, the tests and the shell:
 * {@code Cli.create(out, err).execute(args)}. Data goes to {@code out}, messages to {@code err}.
 */
public final class Cli {
    /** Help never runs wider than this, whatever the terminal. */
    static final int HELP_WIDTH = 100;

    private Cli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, Env.system());
    }

    public static CommandLine create(PrintWriter out, PrintWriter err, Env env) {
        LifeboatCommand root = new LifeboatCommand(env);
        CommandLine cl = new CommandLine(root);
        for (Class<?> sub : LifeboatCommand.Subcommands.CLASSES) cl.addSubcommand(sub);
        return configure(cl, root, out, err, env);
    }

    /**
     * The command line for one run of {@code args}: when they name a subcommand, only that subcommand's
     * model is built (picocli reflects over every option of every command it registers, which is most
     * of the start-up time); {@code --version} alone builds none. Anything else (help, a typo, no
     * command, or a command that reads the whole tree) gets the full tree, so help and suggestions
     * are the same as with {@link #create}.
     */
    public static CommandLine createFor(PrintWriter out, PrintWriter err, Env env, String... args) {
        LifeboatCommand root = new LifeboatCommand(env);
        CommandLine cl = new CommandLine(root);
        Class<?> named = OneShot.subcommandNamed(cl.getCommandSpec(), args);
        if (named == OneShot.NONE) {
            // nothing to register: the root's own options (--version) answer
        } else if (named != null) {
            cl.addSubcommand(named);
        } else {
            for (Class<?> sub : LifeboatCommand.Subcommands.CLASSES) cl.addSubcommand(sub);
        }
        return configure(cl, root, out, err, env);
    }

    private static CommandLine configure(CommandLine cl, LifeboatCommand root, PrintWriter out, PrintWriter err,
                                         Env env) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // '@FILE.geojson' is an area spec of the contract, not a picocli argument file.
        cl.setExpandAtFiles(false);
        cl.setUsageHelpWidth(helpWidth(env));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(env.noColor() ? Ansi.OFF : Ansi.AUTO));
        Handlers handlers = new Handlers(root);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        cl.setExitCodeExceptionMapper(handlers);
        cl.setExecutionStrategy(handlers);
        return cl;
    }

    /**
     * How a run ends: usage errors, failures, exit codes, and closing the database after the command.
     * One named class rather than four lambdas: picocli's interfaces are Java 5 class files, so the
     * class-data archive cannot hold a lambda implementing them and the JVM would generate each one
     * anew at every start, even for {@code --version}.
     */
    private static final class Handlers implements IParameterExceptionHandler, IExecutionExceptionHandler,
            IExitCodeExceptionMapper, IExecutionStrategy {
        private final LifeboatCommand root;

        Handlers(LifeboatCommand root) {
            this.root = root;
        }

        @Override
        public int execute(ParseResult parseResult) {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.closeResources();
            }
        }

        @Override
        public int getExitCode(Throwable t) {
            return t instanceof ExitException e ? e.code() : ExitCodes.FAILURE;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            return shortError(ex);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            return failure(root, ex, cmd);
        }
    }

    /** Runs with the process's real streams (UTF-8 whatever the locale) and returns the exit code. */
    public static int run(Env env, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        try {
            return createFor(out, err, env, args).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int helpWidth(Env env) {
        String cols = env.get("COLUMNS");
        try {
            if (cols != null) return Math.max(60, Math.min(HELP_WIDTH, Integer.parseInt(cols.strip())));
        } catch (NumberFormatException e) {
            // fall through
        }
        return HELP_WIDTH;
    }

    /** Usage errors: one line saying what is wrong, suggestions for typos, and where to read more. */
    private static int shortError(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException u) printSuggestions(u, err);
        err.printf("Try '%s --help' for more information.%n", cmd.getCommandSpec().qualifiedName());
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * picocli's suggestions for a typo; a mistyped command reads "Did you mean: incident?" (the words to
     * type after {@code lifeboat}, as in the shell), an unknown option lists the close options.
     */
    private static void printSuggestions(UnmatchedArgumentException u, PrintWriter err) {
        if (u.isUnknownOption()) {
            UnmatchedArgumentException.printSuggestions(u, err);
            return;
        }
        CommandLine cmd = u.getCommandLine();
        String rootPrefix = cmd.getCommandSpec().root().name() + " ";
        String path = cmd.getCommandSpec().qualifiedName(" ");
        String prefix = path.equals(cmd.getCommandSpec().root().name()) ? "" : path.substring(rootPrefix.length()) + " ";
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        // Typos that swap or drop letters ("lsit", "incdent"), closest first, then picocli's own.
        if (!u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
            cmd.getSubcommands().keySet().stream()
                    .filter(name -> distance.apply(typed, name) <= 2)
                    .sorted(java.util.Comparator.comparingInt((String name) -> distance.apply(typed, name)))
                    .forEach(name -> words.add(prefix + name));
        }
        u.getSuggestions().stream().map(s -> s.startsWith(rootPrefix) ? s.substring(rootPrefix.length()) : s)
                .forEach(words::add);
        if (!words.isEmpty()) err.println("Did you mean: " + String.join(" or ", words) + "?");
    }

    /** Failures while running: bad input is exit 2 with every problem listed; anything else is exit 1. */
    private static int failure(LifeboatCommand root, Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) err.println(p);
            if (invalid.problems().size() > 1) {
                err.println(invalid.problems().size() + " problems; nothing was changed.");
            }
            code = ExitCodes.USAGE;
        } else if (ex instanceof ExitException exit) {
            if (exit.getMessage() != null && !exit.getMessage().isEmpty()) {
                err.println((exit.code() == ExitCodes.ATTENTION ? "" : "error: ") + exit.getMessage());
            }
            code = exit.code();
        } else if (ex instanceof StoreException) {
            err.println("error: " + ex.getMessage());
            code = ExitCodes.FAILURE;
        } else {
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (!root.errors) err.println("(run again with -e to see the stack trace)");
            code = ExitCodes.FAILURE;
        }
        if (root.errors) ex.printStackTrace(err);
        err.flush();
        return code;
    }
}
