package io.lifeboat.realloc;

import io.lifeboat.model.Demand;
import io.lifeboat.model.Supplier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Places parties at suppliers. The objective, in strict order: (1) the most units placed per priority level,
 * highest level first; (2) the least total cost (units × unit cost); (3) the least total distance. A party
 * goes whole to one supplier of its kind that has every required feature, lies within its radius and has
 * room.
 *
 * <p>How: the split relaxation ({@link FlowRelaxation}) gives, per level, the most units any plan can place
 * and a lower bound on the cost of placing them. Parties the relaxation keeps whole stay where it put them;
 * split ones are placed cheapest-first, moving one other party to make room, or displacing parties of lower
 * priority; a last pass moves parties to cheaper suppliers that have room. When the plan places what the
 * relaxation places, the bound gives the gap. Small instances (at most {@value #EXACT_PARTIES} parties) are
 * then searched exhaustively (branch and bound), which proves the optimum. Pure: no database, no playbook.
 */
public final class Solver {
    public static final int EXACT_PARTIES = 12;
    private static final long EXACT_NODES = 3_000_000;

    public Solution solve(List<Demand> demand, List<Supplier> suppliers) {
        return solve(demand, suppliers, java.util.Map.of());
    }

    /**
     * Solves with suppliers whose capacity is what is left; {@code reservedElsewhere} (units per supplier id taken
     * by other accepted plans) only makes the reasons for unplaced parties say where the capacity went.
     */
    public Solution solve(List<Demand> demand, List<Supplier> suppliers, java.util.Map<String, Long> reservedElsewhere) {
        return new Run(demand, suppliers, reservedElsewhere).solve();
    }

    private static final class Run {
        final List<Demand> demand;
        final List<Supplier> suppliers;
        final int n;
        final int m;
        final int[] units;
        final int[] level;
        final int[] priorities;
        final int[][] partiesOf;
        final long[] unitMinor;
        final int[] capacity;
        final int digits;
        final String currency;
        final Candidates c;
        // the integral plan
        final int[] at;
        final long[] rem;
        final int[][] occ;
        final int[] occSize;
        final int[] occPos;
        // what the relaxation proved
        long[] bestPlacedPerLevel;
        long costLowerBound = -1;
        boolean relaxationIntegral;

        final long[] reserved;

        Run(List<Demand> demand, List<Supplier> suppliers, java.util.Map<String, Long> reservedElsewhere) {
            this.demand = demand;
            this.suppliers = suppliers;
            n = demand.size();
            m = suppliers.size();
            currency = suppliers.isEmpty() ? null : suppliers.get(0).currency();
            for (Supplier s : suppliers) {
                if (!s.currency().equals(currency)) {
                    throw new IllegalArgumentException("suppliers of one plan must share a currency: " + currency
                            + " and " + s.currency());
                }
            }
            digits = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            units = new int[n];
            TreeSet<Integer> distinct = new TreeSet<>(Comparator.reverseOrder());
            for (int p = 0; p < n; p++) {
                units[p] = demand.get(p).units();
                distinct.add(demand.get(p).priority());
            }
            priorities = distinct.stream().mapToInt(Integer::intValue).toArray();
            java.util.Map<Integer, Integer> levelOf = new java.util.HashMap<>();
            for (int l = 0; l < priorities.length; l++) levelOf.put(priorities[l], l);
            level = new int[n];
            int[] perLevel = new int[priorities.length];
            for (int p = 0; p < n; p++) {
                level[p] = levelOf.get(demand.get(p).priority());
                perLevel[level[p]]++;
            }
            partiesOf = new int[priorities.length][];
            for (int l = 0; l < priorities.length; l++) partiesOf[l] = new int[perLevel[l]];
            int[] fill = new int[priorities.length];
            for (int p = 0; p < n; p++) partiesOf[level[p]][fill[level[p]]++] = p;
            unitMinor = new long[m];
            capacity = new int[m];
            reserved = new long[m];
            for (int j = 0; j < m; j++) {
                reserved[j] = reservedElsewhere.getOrDefault(suppliers.get(j).supplierId(), 0L);
                unitMinor[j] = suppliers.get(j).unitCost().movePointRight(digits).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
                capacity[j] = suppliers.get(j).capacity();
            }
            c = Candidates.build(demand, suppliers, unitMinor);
            at = new int[n];
            Arrays.fill(at, -1);
            rem = new long[m];
            for (int j = 0; j < m; j++) rem[j] = capacity[j];
            occ = new int[m][];
            occSize = new int[m];
            occPos = new int[n];
            for (int j = 0; j < m; j++) occ[j] = new int[4];
        }

        Solution solve() {
            relax();
            repair();
            improve();
            String method = "flow+repair";
            boolean proven = false;
            if (n <= EXACT_PARTIES) {
                if (exact()) {
                    proven = true;
                    method = "exhaustive";
                }
            }
            return result(proven, method);
        }

        // ---------------------------------------------------------------- relaxation

        /**
         * The split relaxation on unit costs (distance plays no part in it: fewer distinct path lengths make it
         * converge in far fewer phases, and distance only breaks ties between equal costs, done when placing).
         */
        private void relax() {
            long[] arcCost = new long[c.supplier.length];
            long maxArc = 1;
            for (int k = 0; k < arcCost.length; k++) {
                arcCost[k] = unitMinor[c.supplier[k]];
                maxArc = Math.max(maxArc, arcCost[k]);
            }
            long unplacedCost = 2L * (m + 2) * maxArc + 1;
            bestPlacedPerLevel = new long[priorities.length];
            long[] flow = new long[c.supplier.length];
            for (int[][] component : components()) {
                relaxComponent(component[0], component[1], arcCost, unplacedCost, flow);
            }
            long combined = 0;
            relaxationIntegral = true;
            for (int p = 0; p < n; p++) {
                int only = -1;
                int used = 0;
                long placed = 0;
                for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                    long f = flow[k];
                    if (f > 0) {
                        used++;
                        placed += f;
                        only = k;
                        combined += f * arcCost[k];
                    }
                }
                bestPlacedPerLevel[level[p]] += placed;
                if (used == 1 && placed == units[p]) {
                    place(p, only);
                } else if (used > 0) {
                    relaxationIntegral = false;
                }
            }
            costLowerBound = combined;
        }

        /**
         * Parties and suppliers linked by candidate arcs, as {parties, suppliers} in index order: independent
         * problems (one city's hotels do not compete with another's), each solved on its own and much faster.
         */
        private List<int[][]> components() {
            int[] parent = new int[n + m];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
            for (int p = 0; p < n; p++) {
                for (int k = c.start[p]; k < c.start[p + 1]; k++) union(parent, p, n + c.supplier[k]);
            }
            java.util.Map<Integer, int[]> sizes = new java.util.LinkedHashMap<>();
            for (int v = 0; v < n + m; v++) {
                if (v < n && c.count(v) == 0) continue;
                int[] sz = sizes.computeIfAbsent(find(parent, v), r -> new int[2]);
                sz[v < n ? 0 : 1]++;
            }
            java.util.Map<Integer, int[][]> out = new java.util.LinkedHashMap<>();
            java.util.Map<Integer, int[]> fill = new java.util.HashMap<>();
            for (int v = 0; v < n + m; v++) {
                if (v < n && c.count(v) == 0) continue;
                int r = find(parent, v);
                int[] sz = sizes.get(r);
                if (sz[0] == 0) continue;
                int[][] comp = out.computeIfAbsent(r, x -> new int[][] {new int[sz[0]], new int[sz[1]]});
                int[] f = fill.computeIfAbsent(r, x -> new int[2]);
                if (v < n) comp[0][f[0]++] = v;
                else comp[1][f[1]++] = v - n;
            }
            return new ArrayList<>(out.values());
        }

        private static int find(int[] parent, int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }

        /** The relaxation of one component, level by level; writes each candidate arc's flow into {@code flow}. */
        private void relaxComponent(int[] parties, int[] sups, long[] arcCost, long unplacedCost, long[] flow) {
            java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
            for (int i = 0; i < sups.length; i++) local.put(sups[i], i);
            int[] localUnits = new int[parties.length];
            int[] localCapacity = new int[sups.length];
            for (int i = 0; i < sups.length; i++) localCapacity[i] = capacity[sups[i]];
            int arcs = 0;
            for (int p : parties) arcs += c.count(p);
            int[] start = new int[parties.length + 1];
            int[] supplier = new int[arcs];
            long[] cost = new long[arcs];
            int a = 0;
            for (int i = 0; i < parties.length; i++) {
                int p = parties[i];
                localUnits[i] = units[p];
                start[i] = a;
                for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                    supplier[a] = local.get(c.supplier[k]);
                    cost[a++] = arcCost[k];
                }
            }
            start[parties.length] = a;
            FlowRelaxation lp = new FlowRelaxation(localUnits, localCapacity, start, supplier, cost, unplacedCost);
            int levels = priorities.length;
            int[] perLevel = new int[levels];
            for (int p : parties) perLevel[level[p]]++;
            for (int l = 0; l < levels; l++) {
                if (perLevel[l] == 0) continue;
                int[] these = new int[perLevel[l]];
                int f = 0;
                for (int i = 0; i < parties.length; i++) if (level[parties[i]] == l) these[f++] = i;
                lp.solveLevel(these, localUnits);
            }
            for (int i = 0; i < parties.length; i++) {
                int p = parties[i];
                int k0 = c.start[p];
                for (int k = start[i]; k < start[i + 1]; k++) flow[k0 + k - start[i]] = lp.flow(lp.arcOfCandidate[k]);
            }
        }

        // ---------------------------------------------------------------- repair and improvement

        /** Highest priority first, then the largest party, then demand order. */
        private final Comparator<Integer> order = (a, b) -> {
            int[] lv = Run.this.level;
            int[] u = Run.this.units;
            if (lv[a] != lv[b]) return Integer.compare(lv[a], lv[b]);
            if (u[a] != u[b]) return Integer.compare(u[b], u[a]);
            return Integer.compare(a, b);
        };

        private void repair() {
            PriorityQueue<Integer> queue = new PriorityQueue<>(order);
            for (int p = 0; p < n; p++) if (at[p] < 0 && c.count(p) > 0) queue.add(p);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                if (at[p] >= 0) continue;
                if (placeDirect(p) || placeByMoving(p)) continue;
                placeByDisplacing(p, queue);
            }
        }

        private void improve() {
            for (int pass = 0; pass < 8; pass++) {
                boolean changed = false;
                for (int p = 0; p < n; p++) {
                    int k = at[p];
                    if (k < 0) continue;
                    for (int k2 = c.start[p]; k2 < k; k2++) {
                        int j2 = c.supplier[k2];
                        if (rem[j2] >= units[p] && cheaper(p, k2, k)) {
                            unplace(p);
                            place(p, k2);
                            changed = true;
                            break;
                        }
                    }
                }
                for (int l = 0; l < priorities.length; l++) {
                    for (int p : partiesOf[l]) {
                        if (at[p] < 0 && c.count(p) > 0
                                && (placeDirect(p) || placeByMoving(p) || placeBySwapping(p))) changed = true;
                    }
                }
                if (!changed) return;
            }
        }

        private boolean cheaper(int p, int k2, int k) {
            long a = unitMinor[c.supplier[k2]];
            long b = unitMinor[c.supplier[k]];
            return a < b || (a == b && c.meters[k2] < c.meters[k]);
        }

        private boolean placeDirect(int p) {
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                if (rem[c.supplier[k]] >= units[p]) {
                    place(p, k);
                    return true;
                }
            }
            return false;
        }

        /** Makes room at a candidate by moving one party there to another supplier with room. */
        private boolean placeByMoving(int p) {
            long bestDelta = Long.MAX_VALUE;
            int bestK = -1;
            int bestQ = -1;
            int bestK2 = -1;
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int j = c.supplier[k];
                long need = units[p] - rem[j];
                if (capacity[j] < units[p]) continue;
                for (int i = 0; i < occSize[j]; i++) {
                    int q = occ[j][i];
                    if (units[q] < need) continue;
                    int cur = at[q];
                    for (int k2 = c.start[q]; k2 < c.start[q + 1]; k2++) {
                        int j2 = c.supplier[k2];
                        if (j2 == j || rem[j2] < units[q]) continue;
                        long delta = units[q] * (unitMinor[j2] - unitMinor[j]) + units[p] * unitMinor[j];
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            bestK = k;
                            bestQ = q;
                            bestK2 = k2;
                        }
                        break;
                    }
                    if (cur < 0) throw new IllegalStateException("occupant without a place");
                }
            }
            if (bestK < 0) return false;
            unplace(bestQ);
            place(bestQ, bestK2);
            place(p, bestK);
            return true;
        }

        /**
         * Places p by taking the room of smaller parties of its own priority (fewer units in all), who are then
         * placed elsewhere if they can be: the level gains units either way.
         */
        private boolean placeBySwapping(int p) {
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int j = c.supplier[k];
                if (capacity[j] < units[p]) continue;
                List<Integer> same = new ArrayList<>();
                for (int i = 0; i < occSize[j]; i++) {
                    int q = occ[j][i];
                    if (level[q] == level[p] && units[q] < units[p]) same.add(q);
                }
                same.sort(Comparator.<Integer>comparingInt(q -> units[q]).thenComparingInt(q -> q));
                long free = rem[j];
                long taken = 0;
                List<Integer> out = new ArrayList<>();
                for (int q : same) {
                    if (free >= units[p]) break;
                    free += units[q];
                    taken += units[q];
                    out.add(q);
                }
                if (free < units[p] || taken >= units[p]) continue;
                for (int q : out) unplace(q);
                place(p, k);
                for (int q : out) {
                    if (!placeDirect(q)) placeByMoving(q);
                }
                return true;
            }
            return false;
        }

        /** Takes a candidate's room from parties of lower priority, who go back in the queue. */
        private void placeByDisplacing(int p, PriorityQueue<Integer> queue) {
            int bestK = -1;
            int bestLowest = -1;
            long bestUnits = Long.MAX_VALUE;
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int j = c.supplier[k];
                if (capacity[j] < units[p]) continue;
                int[] lower = lowerOccupants(j, p);
                long free = rem[j];
                long taken = 0;
                int highest = Integer.MAX_VALUE;
                for (int q : lower) {
                    if (free >= units[p]) break;
                    free += units[q];
                    taken += units[q];
                    highest = Math.min(highest, level[q]);
                }
                if (free < units[p]) continue;
                if (highest > bestLowest || (highest == bestLowest && taken < bestUnits)) {
                    bestLowest = highest;
                    bestUnits = taken;
                    bestK = k;
                }
            }
            if (bestK < 0) return;
            int j = c.supplier[bestK];
            for (int q : lowerOccupants(j, p)) {
                if (rem[j] >= units[p]) break;
                unplace(q);
                queue.add(q);
            }
            place(p, bestK);
        }

        /** Occupants of j with lower priority than p: lowest priority first, then smallest. */
        private int[] lowerOccupants(int j, int p) {
            int count = 0;
            int[] out = new int[occSize[j]];
            for (int i = 0; i < occSize[j]; i++) if (level[occ[j][i]] > level[p]) out[count++] = occ[j][i];
            Integer[] boxed = new Integer[count];
            for (int i = 0; i < count; i++) boxed[i] = out[i];
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(q -> -level[q]).thenComparingInt(q -> units[q])
                    .thenComparingInt(q -> q));
            int[] sorted = new int[count];
            for (int i = 0; i < count; i++) sorted[i] = boxed[i];
            return sorted;
        }

        private void place(int p, int k) {
            int j = c.supplier[k];
            at[p] = k;
            rem[j] -= units[p];
            if (occSize[j] == occ[j].length) occ[j] = Arrays.copyOf(occ[j], occSize[j] * 2);
            occPos[p] = occSize[j];
            occ[j][occSize[j]++] = p;
        }

        private void unplace(int p) {
            int j = c.supplier[at[p]];
            rem[j] += units[p];
            int i = occPos[p];
            int last = occ[j][--occSize[j]];
            occ[j][i] = last;
            occPos[last] = i;
            at[p] = -1;
        }

        // ---------------------------------------------------------------- exhaustive search (small instances)

        private int[] searchOrder;
        private long[][] suffixUnits;
        private long[] suffixMinCost;
        private long[] suffixMinMeters;
        private long[] placedNow;
        private long costNow;
        private long metersNow;
        private long[] bestPlaced;
        private long bestCost;
        private long bestMeters;
        private int[] bestAt;
        private long nodes;

        /** Branch and bound over every assignment; true when it finished (the plan in {@link #at} is optimal). */
        private boolean exact() {
            Integer[] boxed = new Integer[n];
            for (int p = 0; p < n; p++) boxed[p] = p;
            Arrays.sort(boxed, order);
            searchOrder = new int[n];
            for (int i = 0; i < n; i++) searchOrder[i] = boxed[i];
            int levels = priorities.length;
            suffixUnits = new long[n + 1][levels];
            suffixMinCost = new long[n + 1];
            suffixMinMeters = new long[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                int p = searchOrder[i];
                suffixUnits[i] = suffixUnits[i + 1].clone();
                suffixMinCost[i] = suffixMinCost[i + 1];
                suffixMinMeters[i] = suffixMinMeters[i + 1];
                if (c.count(p) == 0) continue;
                suffixUnits[i][level[p]] += units[p];
                long minCost = Long.MAX_VALUE;
                long minMeters = Long.MAX_VALUE;
                for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                    minCost = Math.min(minCost, units[p] * unitMinor[c.supplier[k]]);
                    minMeters = Math.min(minMeters, c.meters[k]);
                }
                suffixMinCost[i] += minCost;
                suffixMinMeters[i] += minMeters;
            }
            bestAt = at.clone();
            bestPlaced = placedPerLevel();
            bestCost = totalCostMinor();
            bestMeters = totalMeters();
            int[] saved = at.clone();
            for (int p = 0; p < n; p++) if (at[p] >= 0) unplace(p);
            placedNow = new long[levels];
            costNow = 0;
            metersNow = 0;
            nodes = 0;
            boolean finished = search(0);
            int[] chosen = finished ? bestAt : saved;
            for (int p = 0; p < n; p++) if (chosen[p] >= 0) place(p, chosen[p]);
            return finished;
        }

        private boolean search(int i) {
            if (++nodes > EXACT_NODES) return false;
            if (i == n) {
                if (compare(placedNow, costNow, metersNow, bestPlaced, bestCost, bestMeters) < 0) {
                    bestPlaced = placedNow.clone();
                    bestCost = costNow;
                    bestMeters = metersNow;
                    bestAt = at.clone();
                }
                return true;
            }
            long[] optimistic = placedNow.clone();
            for (int l = 0; l < optimistic.length; l++) optimistic[l] += suffixUnits[i][l];
            int vs = comparePlaced(optimistic, bestPlaced);
            if (vs > 0) return true;
            if (vs == 0) {
                long costBound = costNow + suffixMinCost[i];
                if (costBound > bestCost || (costBound == bestCost && metersNow + suffixMinMeters[i] >= bestMeters)) {
                    return true;
                }
            }
            int p = searchOrder[i];
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int j = c.supplier[k];
                if (rem[j] < units[p]) continue;
                place(p, k);
                placedNow[level[p]] += units[p];
                costNow += units[p] * unitMinor[j];
                metersNow += c.meters[k];
                boolean ok = search(i + 1);
                placedNow[level[p]] -= units[p];
                costNow -= units[p] * unitMinor[j];
                metersNow -= c.meters[k];
                unplace(p);
                if (!ok) return false;
            }
            return search(i + 1);
        }

        // ---------------------------------------------------------------- objective and result

        private long[] placedPerLevel() {
            long[] out = new long[priorities.length];
            for (int p = 0; p < n; p++) if (at[p] >= 0) out[level[p]] += units[p];
            return out;
        }

        private long totalCostMinor() {
            long t = 0;
            for (int p = 0; p < n; p++) if (at[p] >= 0) t += units[p] * unitMinor[c.supplier[at[p]]];
            return t;
        }

        private long totalMeters() {
            long t = 0;
            for (int p = 0; p < n; p++) if (at[p] >= 0) t += c.meters[at[p]];
            return t;
        }

        Solution result(boolean proven, String method) {
            long[] placed = placedPerLevel();
            long cost = totalCostMinor();
            boolean boundApplies = Arrays.equals(placed, bestPlacedPerLevel);
            Double gap;
            BigDecimal lowerBound;
            boolean optimal;
            if (proven) {
                optimal = true;
                gap = 0.0;
                lowerBound = money(cost);
            } else if (boundApplies) {
                long lb = Math.min(cost, costLowerBound);
                optimal = lb == cost && everyoneAtBest();
                gap = lb == 0 ? (cost == 0 ? 0.0 : null) : (cost - lb) / (double) lb;
                lowerBound = money(lb);
            } else {
                optimal = false;
                gap = null;
                lowerBound = null;
            }
            List<Solution.Assignment> assigned = new ArrayList<>();
            List<Solution.Unplaced> unplaced = new ArrayList<>();
            int[] placedParties = new int[priorities.length];
            int[] unplacedParties = new int[priorities.length];
            long[] unplacedUnits = new long[priorities.length];
            long[] levelCost = new long[priorities.length];
            long meters = 0;
            for (int p = 0; p < n; p++) {
                Demand d = demand.get(p);
                if (at[p] >= 0) {
                    int k = at[p];
                    int j = c.supplier[k];
                    long partyCost = units[p] * unitMinor[j];
                    meters += c.meters[k];
                    placedParties[level[p]]++;
                    levelCost[level[p]] += partyCost;
                    assigned.add(new Solution.Assignment(p, d.bookingId(), suppliers.get(j).supplierId(), units[p],
                            d.priority(), money(partyCost), BigDecimal.valueOf(c.meters[k], 3), why(p, k)));
                } else {
                    unplacedParties[level[p]]++;
                    unplacedUnits[level[p]] += units[p];
                    unplaced.add(new Solution.Unplaced(p, d.bookingId(), units[p], d.priority(), reason(p)));
                }
            }
            List<Solution.Level> levels = new ArrayList<>();
            for (int l = 0; l < priorities.length; l++) {
                levels.add(new Solution.Level(priorities[l], placedParties[l], placed[l], unplacedParties[l],
                        unplacedUnits[l], money(levelCost[l])));
            }
            return new Solution(assigned, unplaced, currency, money(cost), BigDecimal.valueOf(meters, 3), optimal, gap,
                    lowerBound, method, levels);
        }

        /** Every party with a candidate placed at its cheapest, nearest one: optimal whatever the others do. */
        private boolean everyoneAtBest() {
            for (int p = 0; p < n; p++) if (c.count(p) > 0 && at[p] != c.start[p]) return false;
            return true;
        }

        private BigDecimal money(long minor) {
            return BigDecimal.valueOf(minor, digits);
        }

        private String within(int p) {
            Demand d = demand.get(p);
            return d.kind().code() + " supplier" + " within " + km(d.maxKm()) + " km";
        }

        private String why(int p, int k) {
            int count = c.count(p);
            Demand d = demand.get(p);
            String with = d.requires().isEmpty() ? "" : " with " + String.join(", ", d.requires());
            if (count == 1) return "the only suitable " + within(p) + with;
            int cheaper = 0;
            for (int k2 = c.start[p]; k2 < k; k2++) if (cheaper(p, k2, k)) cheaper++;
            if (cheaper == 0) return "cheapest of " + count + " suitable (" + within(p) + with + ")";
            return "cheapest with room: " + cheaper + " cheaper of " + count + " suitable are full";
        }

        private String reason(int p) {
            Demand d = demand.get(p);
            if (c.inRange[p] == 0) return "no " + within(p);
            if (c.count(p) == 0) {
                List<String> missing = c.missingFeatures.getOrDefault(p, d.requires());
                return "required feature missing: " + String.join(", ", missing) + " (" + c.inRange[p] + " "
                        + d.kind().code() + " in range, none with " + String.join(" and ", d.requires()) + ")";
            }
            int largest = 0;
            long largestBefore = 0;
            boolean onlyHigher = true;
            int full = 0;
            for (int k = c.start[p]; k < c.start[p + 1]; k++) {
                int j = c.supplier[k];
                largest = Math.max(largest, capacity[j]);
                largestBefore = Math.max(largestBefore, capacity[j] + reserved[j]);
                if (capacity[j] < units[p]) continue;
                full++;
                for (int i = 0; i < occSize[j]; i++) if (level[occ[j][i]] >= level[p]) onlyHigher = false;
            }
            String elsewhere = " (taken by accepted plans of other open incidents)";
            if (largest == 0) {
                return "no capacity left at the " + c.count(p) + " suitable suppliers"
                        + (largestBefore > 0 ? elsewhere : "");
            }
            if (full == 0 && largestBefore >= units[p]) {
                return "needs " + units[p] + " units; the suitable suppliers have at most " + largest + " left" + elsewhere;
            }
            if (full == 0) {
                return "needs " + units[p] + " units, more than any suitable supplier holds (largest " + largest
                        + "); a party is never split";
            }
            if (onlyHigher) return "capacity exhausted by higher priorities (" + full + " suitable suppliers full)";
            return "capacity exhausted by parties of equal or higher priority (" + full + " suitable suppliers full)";
        }

        private static String km(double km) {
            return BigDecimal.valueOf(km).stripTrailingZeros().toPlainString();
        }
    }

    /** Negative when (a) is better: more units placed at the first level that differs, then cheaper, then shorter. */
    static int compare(long[] placedA, long costA, long metersA, long[] placedB, long costB, long metersB) {
        int v = comparePlaced(placedA, placedB);
        if (v != 0) return v;
        if (costA != costB) return Long.compare(costA, costB);
        return Long.compare(metersA, metersB);
    }

    static int comparePlaced(long[] a, long[] b) {
        for (int l = 0; l < a.length; l++) if (a[l] != b[l]) return a[l] > b[l] ? -1 : 1;
        return 0;
    }
}
