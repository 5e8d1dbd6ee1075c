package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import picocli.CommandLine.Command;

/** {@code playbook list|show|validate}: the operator's prepared plans, shipped and their own. */
@Command(name = "playbook",
        description = {"List, show and validate playbooks, the plans prepared for each kind of crisis.",
            "A playbook says what opens an incident, who comes first, what is due when, who is told what,",
            "and where people go instead. Shipped playbooks are built in; your own YAML files override or",
            "add to them from the folders in $LIFEBOAT_PLAYBOOKS (':'-separated)."},
        synopsisSubcommandLabel = "(list | show | validate)",
        subcommands = {PlaybookListCommand.class, PlaybookShowCommand.class, PlaybookValidateCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat playbook list",
            "  lifeboat playbook show typhoon",
            "  lifeboat playbook show typhoon -o json > typhoon.json",
            "  lifeboat playbook validate my-playbooks/*.yaml",
            "  LIFEBOAT_PLAYBOOKS=~/playbooks lifeboat playbook list    (yours override shipped ones)",
            "Format: see playbooks/README.md."})
public final class PlaybookCommand extends BaseCommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
