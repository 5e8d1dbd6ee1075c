package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.model.ReallocPlan;
import io.lifeboat.model.Supplier;
import io.lifeboat.realloc.Planner;
import io.lifeboat.render.ReallocView;
import io.lifeboat.store.Database;
import io.lifeboat.store.SupplierRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code realloc show INCIDENT_ID}: the stored plan, per supplier and per party. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the incident's reallocation plan: per supplier (units, parties, cost) and per party",
            "(where, cost, distance, and why; or why not)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat realloc show 12", "  lifeboat realloc show 12 -o csv > plan.csv"})
public final class ReallocShowCommand extends BaseCommand {

    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Override
    public Integer call() {
        Database db = existingDb();
        ReallocPlan plan = new Planner(db).show(incidentId);
        ReallocView.plan(out(), plan, suppliers(db), output(), times(), style(), terminalWidth());
        if (!plan.accepted()) next("lifeboat realloc accept " + incidentId);
        return ExitCodes.OK;
    }

    static Map<String, Supplier> suppliers(Database db) {
        Map<String, Supplier> out = new LinkedHashMap<>();
        for (Supplier s : new SupplierRepository(db).all()) out.put(s.supplierId(), s);
        return out;
    }
}
