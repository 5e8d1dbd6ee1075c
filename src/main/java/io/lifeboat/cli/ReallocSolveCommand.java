package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.dataset.ReallocFiles;
import io.lifeboat.realloc.Solution;
import io.lifeboat.realloc.Solver;
import io.lifeboat.render.OutputFormat;
import io.lifeboat.render.ReallocView;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code realloc solve}: the solver alone, from two CSV files; no database. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Place parties (DEMAND.csv) at suppliers (SUPPLIERS.csv, the import format): most units",
            "placed per priority level first, then least cost, then least distance; a party is never split.",
            "Needs no database. -o json: assignments, unplaced (with reasons), total_cost, total_km, optimal, gap."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc solve --demand demand.csv --suppliers suppliers.csv",
            "  lifeboat realloc solve --demand demand.csv --suppliers suppliers.csv -o json > plan.json",
            "",
            "DEMAND.csv columns: booking_id,units,kind,lat,lon,priority,requires,max_km",
            "  requires: ';'-separated supplier features (wheelchair;medical-staff); max_km: great circle.",
            "All suppliers must share one currency (else exit 2)."})
public final class ReallocSolveCommand extends BaseCommand {

    @Option(names = "--demand", required = true, paramLabel = "DEMAND.csv", description = "The parties to place.")
    Path demand;

    @Option(names = "--suppliers", required = true, paramLabel = "SUPPLIERS.csv",
            description = "The suppliers, in the supplier import format (capacity = units for the period).")
    Path suppliers;

    @Override
    public Integer call() {
        ReallocFiles.Input in = ReallocFiles.read(demand, suppliers);
        Solution s = new Solver().solve(in.demand().stream().map(ReallocFiles.Line::value).toList(),
                in.suppliers().stream().map(ReallocFiles.Line::value).toList());
        ReallocView.solution(out(), s, output(), style(), terminalWidth());
        if (output() != OutputFormat.TABLE) {
            for (String line : ReallocView.summaryLines(s)) info(line.strip());
        }
        next("lifeboat realloc solve --demand " + demand + " --suppliers " + suppliers + " -o csv > plan.csv");
        return ExitCodes.OK;
    }
}
