package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.drill.DrillService;
import io.lifeboat.render.Csv;
import io.lifeboat.render.DrillView;
import io.lifeboat.render.Json;
import io.lifeboat.render.OutputFormat;
import io.lifeboat.render.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill plan RUN_ID}: the improvement plan, with open items carried from earlier quarters. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show a run's improvement plan (its items, then open items carried from earlier quarters),",
            "add an item (--add TEXT --capability C --owner NAME --due TIME) or mark one done (--done ITEM)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill plan 2",
            "  lifeboat drill plan 2 --add \"Second hotline number for peak hours\" --capability reassurance \\",
            "      --owner \"duty desk\" --due 2026-09-30T00:00:00+08:00",
            "  lifeboat drill plan 2 --done 1"})
public final class DrillPlanCommand extends BaseCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The drill run.")
    long runId;

    @Option(names = "--add", paramLabel = "TEXT", description = "A corrective action to add.")
    String add;

    @Option(names = "--capability", paramLabel = "CAPABILITY", description = "The capability it improves.")
    String capability;

    @Option(names = "--owner", paramLabel = "NAME", description = "Who owns it.")
    String owner;

    @Option(names = "--due", paramLabel = "TIME", converter = InstantConverter.class, description = "By when.")
    Instant due;

    @Option(names = "--done", paramLabel = "ITEM", description = "Mark this item done.")
    Long done;

    @Override
    public Integer call() {
        DrillService service = new DrillService(add != null || done != null ? db() : existingDb());
        if (add != null) {
            var item = service.addPlanItem(runId, add, capability, owner, due, actor(), clock().instant());
            info("plan item " + item.id() + ": " + item.action());
        }
        if (done != null && !service.closePlanItem(done, actor(), clock().instant())) {
            info("plan item " + done + " was already done");
        }
        List<DrillService.PlanLine> lines = service.plan(runId);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (DrillService.PlanLine l : lines) objects.add(DrillView.planObject(l.item(), l.quarter(), l.carried()));
        if (output() == OutputFormat.JSON) {
            Json.print(out(), objects);
        } else if (output() == OutputFormat.CSV) {
            try (Csv csv = new Csv(out(), List.of("item", "run", "quarter", "action", "capability", "owner", "due", "status",
                    "carried"))) {
                for (Map<String, Object> o : objects) csv.row(new ArrayList<>(o.values()));
            }
        } else if (lines.isEmpty()) {
            out().println("  (no improvement-plan items)");
        } else {
            Table t = new Table(Table.Column.right("ITEM"), Table.Column.left("ACTION"), Table.Column.fixed("CAPABILITY"),
                    Table.Column.left("OWNER"), Table.Column.fixed("DUE"), Table.Column.fixed("STATUS"),
                    Table.Column.fixed("FROM"));
            for (DrillService.PlanLine l : lines) {
                t.row(l.item().id(), l.item().action(), l.item().capability(), l.item().owner(),
                        times().show(l.item().dueMs()), l.item().status(), l.quarter() + (l.carried() ? " (carried)" : ""));
            }
            t.print(out(), style(), terminalWidth());
        }
        out().flush();
        next("lifeboat drill report " + runId + " --format md");
        return ExitCodes.OK;
    }
}
