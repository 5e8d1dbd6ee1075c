package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.DrillService;
import io.lifeboat.render.DrillView;
import picocli.CommandLine.Command;

/** {@code drill list}: every drill run, by quarter. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List drill runs by quarter: drill, type, running or ended, start, drill incident.",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill list", "  lifeboat drill list -o csv"})
public final class DrillListCommand extends BaseCommand {
    @Override
    public Integer call() {
        var runs = new DrillService(existingDb()).runs();
        DrillView.runs(out(), runs, output(), times(), style(), terminalWidth());
        if (!runs.isEmpty()) next("lifeboat drill show " + runs.get(runs.size() - 1).id());
        return ExitCodes.OK;
    }
}
