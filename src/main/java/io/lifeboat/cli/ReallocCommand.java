package io.lifeboat.cli;

import picocli.CommandLine.Command;

/** {@code realloc solve|plan|show|accept}: where displaced parties go instead. */
@Command(name = "realloc", mixinStandardHelpOptions = true,
        description = {"Put displaced parties at backup suppliers: highest priority first, families never split,",
            "at the lowest cost, with the reason for every choice."},
        synopsisSubcommandLabel = "(solve | plan | show | accept)",
        subcommands = {ReallocSolveCommand.class, ReallocPlanCommand.class, ReallocShowCommand.class,
            ReallocAcceptCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc solve --demand demand.csv --suppliers suppliers.csv -o json",
            "  lifeboat realloc plan 12",
            "  lifeboat realloc show 12 -o csv",
            "  lifeboat realloc accept 12"})
public final class ReallocCommand extends GroupCommand {
}
