package io.lifeboat;

import io.lifeboat.cli.Cli;
import io.lifeboat.cli.Env;

/** Process entry point: runs one command and exits with its status. */
public final class Main {
    private Main() {
    }

    /** With no arguments on a terminal, {@code lifeboat} starts the interactive shell. */
    public static void main(String[] args) {
        Env env = Env.system();
        String[] effective = args.length == 0 && env.stdinTerminal() && env.stdoutTerminal() ? new String[] {"shell"}
                : args;
        System.exit(Cli.run(env, effective));
    }
}
