package io.lifeboat.cli;

import io.lifeboat.common.ProgressListener;
import io.lifeboat.render.OutputFormat;
import io.lifeboat.render.Style;
import io.lifeboat.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: data goes to {@link #out()}, messages to {@link #err()}; the global
 * options; the database. Commands stay thin: parse, call the domain, render the result.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = false, sortOptions = false)
public abstract class BaseCommand implements Callable<Integer> {
    static final String DEFAULT_DB = "lifeboat.db";

    @Spec
    protected CommandSpec spec;

    protected LifeboatCommand root() {
        return (LifeboatCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Env env() {
        return root().env();
    }

    protected Clock clock() {
        return env().clock();
    }

    /** The database, created if missing: for commands that write. */
    protected Database db() {
        return root().database(DEFAULT_DB);
    }

    /** The database, which must exist: for commands that only read. */
    protected Database existingDb() {
        return root().existingDatabase(DEFAULT_DB);
    }

    /** The chosen format; GeoJSON only where a command supports it (see {@link #output(boolean)}). */
    protected OutputFormat output() {
        return output(false);
    }

    protected OutputFormat output(boolean geojsonSupported) {
        OutputFormat f = root().output == null ? OutputFormat.TABLE : root().output;
        if (f == OutputFormat.GEOJSON && !geojsonSupported) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "'-o geojson' is for 'affected INCIDENT_ID'; this command prints table, json or csv");
        }
        return f;
    }

    protected io.lifeboat.render.Times times() {
        return new io.lifeboat.render.Times(env().zone());
    }

    /** The actor recorded in the audit log: --actor, else $LIFEBOAT_ACTOR or the OS user. */
    protected String actor() {
        return root().actor != null && !root().actor.isBlank() ? root().actor : env().user();
    }

    protected boolean quiet() {
        return root().quiet;
    }

    /** Colour for stdout: off with --no-color or NO_COLOR, else picocli's AUTO (off when piped). */
    protected Style style() {
        boolean off = root().noColor || env().noColor() || !env().stdoutTerminal();
        return new Style(off ? Ansi.OFF : Ansi.AUTO);
    }

    protected Style errStyle() {
        boolean off = root().noColor || env().noColor() || !env().stdoutTerminal();
        return new Style(off ? Ansi.OFF : Ansi.AUTO);
    }

    /** An informational line on stderr, unless --quiet. */
    protected void info(String message) {
        if (!quiet()) {
            err().println(message);
            err().flush();
        }
    }

    /** A warning on stderr, even with --quiet. */
    protected void warn(String message) {
        err().println(errStyle().warn("warning: ") + message);
        err().flush();
    }

    /** The next step after success, on stderr: "next: lifeboat ...". */
    protected void next(String command) {
        info(errStyle().faint("next: " + command));
    }

    /** A progress bar on stderr for long work, only on a terminal and never with --quiet. */
    protected ProgressListener progress() {
        if (quiet() || !env().stdoutTerminal()) return ProgressListener.NONE;
        return new TerminalProgress(err());
    }

    protected int terminalWidth() {
        return TerminalWidth.detect(env());
    }
}
