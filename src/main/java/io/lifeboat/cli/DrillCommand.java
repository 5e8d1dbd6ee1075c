package io.lifeboat.cli;

import picocli.CommandLine.Command;

/** {@code drill ...}: quarterly drills run through the same commands as a real incident, scored from the audit log. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {"Rehearse a scenario: start a drill (a drill incident on a sandbox copy of the database),",
            "work it with the usual commands, log off-tool actions, end it, score it from the audit trail,",
            "write the after-action report and compare quarters."},
        synopsisSubcommandLabel = "(validate | start | log | end | score | rate | plan | report | trend | list | show)",
        subcommands = {DrillValidateCommand.class, DrillStartCommand.class, DrillLogCommand.class,
            DrillEndCommand.class, DrillScoreCommand.class, DrillRateCommand.class, DrillPlanCommand.class,
            DrillReportCommand.class, DrillTrendCommand.class, DrillListCommand.class, DrillShowCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill validate drills/2026Q3-typhoon.yaml",
            "  lifeboat drill start drills/2026Q3-typhoon.yaml --speed 4",
            "  lifeboat --db lifeboat.drill-2026q3-typhoon-20260701T000000.db task done 1 notify-travelers",
            "  lifeboat drill log 1 --expected call-priority-travelers --note \"called 12 elderly travelers\"",
            "  lifeboat drill end 1 && lifeboat drill score 1",
            "  lifeboat drill report 1 --format html --out aar-2026Q3.html",
            "  lifeboat drill trend --scenario typhoon --fail-below 70"})
public final class DrillCommand extends GroupCommand {
}
