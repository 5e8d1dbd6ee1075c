package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;

/** A command that only groups subcommands: run alone, it shows its usage on stderr and exits 2. */
public abstract class GroupCommand extends BaseCommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
