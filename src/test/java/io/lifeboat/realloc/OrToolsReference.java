package io.lifeboat.realloc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import io.lifeboat.dataset.ReallocFiles;
import io.lifeboat.model.Demand;
import io.lifeboat.model.Supplier;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The benchmark's reference, built on OR-Tools' min-cost-flow solver, independent of Lifeboat's own flow code: the
 * split relaxation, lexicographic per priority level (one solve per level: levels above held at their maximum by a
 * large reward, the level itself maximised), whose cost is a proven lower bound for any unsplit plan. Then it
 * checks a plan Lifeboat wrote ({@code realloc solve -o json}): feasible, never split, units placed per level equal
 * to the reference's (so the plan is lexicographically optimal in placement), and its cost gap to the bound.
 *
 * <p>{@code OrToolsReference DEMAND.csv SUPPLIERS.csv PLAN.json}: prints {@code key=value} lines.
 */
public final class OrToolsReference {
    private OrToolsReference() {
    }

    public static void main(String[] args) throws IOException {
        ReallocFiles.Input in = ReallocFiles.read(Path.of(args[0]), Path.of(args[1]));
        List<Demand> demand = in.demand().stream().map(ReallocFiles.Line::value).toList();
        List<Supplier> suppliers = in.suppliers().stream().map(ReallocFiles.Line::value).toList();
        int digits = Math.max(0, java.util.Currency.getInstance(suppliers.get(0).currency()).getDefaultFractionDigits());
        long[] unit = new long[suppliers.size()];
        for (int j = 0; j < unit.length; j++) {
            unit[j] = suppliers.get(j).unitCost().movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        Candidates c = Candidates.build(demand, suppliers, unit);
        TreeSet<Integer> set = new TreeSet<>(Comparator.reverseOrder());
        for (Demand d : demand) set.add(d.priority());
        List<Integer> levels = new ArrayList<>(set);

        long t0 = System.nanoTime();
        Loader.loadNativeLibraries();
        long[] best = new long[levels.size()];
        long cost = 0;
        for (int l = 0; l < levels.size(); l++) {
            long[] r = solve(demand, suppliers, c, unit, levels, best, l);
            best[l] = r[0];
            cost = r[1];
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "reference_seconds=%.3f%n", seconds);
        System.out.println("reference_lower_bound=" + BigDecimal.valueOf(cost, digits).toPlainString());
        for (int l = 0; l < levels.size(); l++) {
            System.out.println("reference_placed_units_priority_" + levels.get(l) + "=" + best[l]);
        }
        if (args.length > 2) check(new File(args[2]), demand, suppliers, levels, best, cost, digits);
    }

    /** One level's solve: returns {units placed at this level, total cost in minor units}. */
    private static long[] solve(List<Demand> demand, List<Supplier> suppliers, Candidates c, long[] unit,
                                List<Integer> levels, long[] best, int level) {
        int n = demand.size();
        int m = suppliers.size();
        int source = n + m + levels.size();
        int sink = source + 1;
        long reward = 0;
        for (long u : unit) reward = Math.max(reward, u);
        reward = reward * 4 * (m + 2) + 1;
        MinCostFlow f = new MinCostFlow();
        int[] levelArc = new int[levels.size()];
        for (int l = 0; l <= level; l++) {
            long cap = l < level ? best[l] : 1L << 40;
            levelArc[l] = f.addArcWithCapacityAndUnitCost(source, n + m + l, cap, l < level ? -reward : 0);
        }
        List<int[]> candidateArcs = new ArrayList<>();
        long supply = 0;
        for (int p = 0; p < n; p++) {
            int l = levels.indexOf(demand.get(p).priority());
            if (l > level) continue;
            supply += demand.get(p).units();
            f.addArcWithCapacityAndUnitCost(n + m + l, p, demand.get(p).units(), 0);
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int arc = f.addArcWithCapacityAndUnitCost(p, n + c.supplier[k], demand.get(p).units(), unit[c.supplier[k]]);
                candidateArcs.add(new int[] {arc, c.supplier[k]});
            }
        }
        for (int j = 0; j < m; j++) f.addArcWithCapacityAndUnitCost(n + j, sink, suppliers.get(j).capacity(), 0);
        f.setNodeSupply(source, supply);
        f.setNodeSupply(sink, -supply);
        MinCostFlowBase.Status status = f.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) throw new IllegalStateException("OR-Tools: " + status);
        long cost = 0;
        for (int[] a : candidateArcs) cost += f.getFlow(a[0]) * unit[a[1]];
        for (int l = 0; l < level; l++) {
            if (f.getFlow(levelArc[l]) != best[l]) throw new IllegalStateException("a higher level lost units");
        }
        return new long[] {f.getFlow(levelArc[level]), cost};
    }

    private static void check(File plan, List<Demand> demand, List<Supplier> suppliers, List<Integer> levels,
                              long[] best, long bound, int digits) throws IOException {
        JsonNode root = new ObjectMapper().readTree(plan);
        Map<String, Demand> byBooking = new HashMap<>();
        for (Demand d : demand) byBooking.put(d.bookingId(), d);
        Map<String, Supplier> byId = new HashMap<>();
        for (Supplier s : suppliers) byId.put(s.supplierId(), s);
        Map<String, Long> used = new HashMap<>();
        long[] placed = new long[levels.size()];
        long cost = 0;
        int problems = 0;
        for (JsonNode a : root.get("assignments")) {
            Demand d = byBooking.get(a.get("booking_id").asText());
            Supplier s = byId.get(a.get("supplier_id").asText());
            if (a.get("units").asInt() != d.units()) problems++;
            if (s.kind() != d.kind() || !s.features().containsAll(d.requires())
                    || io.lifeboat.exposure.GreatCircle.km(d.lat(), d.lon(), s.lat(), s.lon()) > d.maxKm()) problems++;
            used.merge(s.supplierId(), (long) d.units(), Long::sum);
            placed[levels.indexOf(d.priority())] += d.units();
            cost += s.unitCost().movePointRight(digits).longValueExact() * d.units();
        }
        for (Map.Entry<String, Long> e : used.entrySet()) if (e.getValue() > byId.get(e.getKey()).capacity()) problems++;
        boolean samePlacement = java.util.Arrays.equals(placed, best);
        System.out.println("plan_feasibility_problems=" + problems);
        System.out.println("plan_places_as_many_per_level=" + samePlacement);
        System.out.println("plan_cost=" + BigDecimal.valueOf(cost, digits).toPlainString());
        System.out.printf(Locale.ROOT, "plan_gap_percent=%s%n",
                samePlacement ? String.format(Locale.ROOT, "%.4f", 100.0 * (cost - bound) / bound) : "n/a");
        System.out.println("plan_reported_optimal=" + root.get("optimal").asBoolean());
        System.out.println("plan_reported_gap=" + root.get("gap"));
    }
}
