package io.lifeboat;

import io.lifeboat.cli.Cli;
import io.lifeboat.cli.Env;

/** Process entry point: runs one command and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(Env.system(), args));
    }
}
