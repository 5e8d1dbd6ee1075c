package io.lifeboat.realloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.exposure.GreatCircle;
import io.lifeboat.model.Demand;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The solver against exhaustive enumeration on seeded small instances, and its invariants on large ones. */
class SolverTest {

    /** The lexicographic objective: units placed per level (highest first), cost in minor units, metres. */
    record Objective(List<Long> placed, long cost, long meters) {
        int compareTo(Objective o) {
            for (int i = 0; i < placed.size(); i++) {
                if (!placed.get(i).equals(o.placed.get(i))) return placed.get(i) > o.placed.get(i) ? -1 : 1;
            }
            if (cost != o.cost) return Long.compare(cost, o.cost);
            return Long.compare(meters, o.meters);
        }
    }

    static boolean suits(Demand d, Supplier s) {
        return d.kind() == s.kind() && s.features().containsAll(d.requires())
                && GreatCircle.km(d.lat(), d.lon(), s.lat(), s.lon()) <= d.maxKm();
    }

    static long meters(Demand d, Supplier s) {
        return Math.round(GreatCircle.km(d.lat(), d.lon(), s.lat(), s.lon()) * 1000);
    }

    static List<Integer> levels(List<Demand> demand) {
        TreeSet<Integer> set = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (Demand d : demand) set.add(d.priority());
        return new ArrayList<>(set);
    }

    /** Tries every assignment of every party (unplaced or any suitable supplier with room). */
    static Objective bruteForce(List<Demand> demand, List<Supplier> suppliers) {
        List<Integer> levels = levels(demand);
        int[] choice = new int[demand.size()];
        Objective[] best = {null};
        enumerate(0, choice, demand, suppliers, levels, best);
        return best[0];
    }

    private static void enumerate(int i, int[] choice, List<Demand> demand, List<Supplier> suppliers, List<Integer> levels,
                                  Objective[] best) {
        if (i == demand.size()) {
            int[] used = new int[suppliers.size()];
            long[] placed = new long[levels.size()];
            long cost = 0;
            long meters = 0;
            for (int p = 0; p < choice.length; p++) {
                if (choice[p] < 0) continue;
                Demand d = demand.get(p);
                Supplier s = suppliers.get(choice[p]);
                used[choice[p]] += d.units();
                if (used[choice[p]] > s.capacity()) return;
                placed[levels.indexOf(d.priority())] += d.units();
                cost += d.units() * s.unitCost().movePointRight(2).longValueExact();
                meters += meters(d, s);
            }
            List<Long> pl = new ArrayList<>();
            for (long x : placed) pl.add(x);
            Objective o = new Objective(pl, cost, meters);
            if (best[0] == null || o.compareTo(best[0]) < 0) best[0] = o;
            return;
        }
        choice[i] = -1;
        enumerate(i + 1, choice, demand, suppliers, levels, best);
        for (int j = 0; j < suppliers.size(); j++) {
            if (!suits(demand.get(i), suppliers.get(j))) continue;
            choice[i] = j;
            enumerate(i + 1, choice, demand, suppliers, levels, best);
        }
        choice[i] = -1;
    }

    static Objective objective(Solution s, List<Demand> demand, List<Supplier> suppliers) {
        List<Integer> levels = levels(demand);
        long[] placed = new long[levels.size()];
        long meters = 0;
        Map<String, Supplier> byId = new HashMap<>();
        for (Supplier x : suppliers) byId.put(x.supplierId(), x);
        for (Solution.Assignment a : s.assignments()) {
            Demand d = demand.get(a.index());
            placed[levels.indexOf(d.priority())] += d.units();
            meters += meters(d, byId.get(a.supplierId()));
        }
        List<Long> pl = new ArrayList<>();
        for (long x : placed) pl.add(x);
        return new Objective(pl, s.totalCost().movePointRight(2).longValueExact(), meters);
    }

    /** Every party exactly once, whole; suppliers suitable; capacity respected; totals add up. */
    static void assertFeasible(Solution s, List<Demand> demand, List<Supplier> suppliers) {
        Map<String, Supplier> byId = new HashMap<>();
        for (Supplier x : suppliers) byId.put(x.supplierId(), x);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> used = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Solution.Assignment a : s.assignments()) {
            Demand d = demand.get(a.index());
            assertThat(seen.add(a.bookingId())).as("party %s placed once", a.bookingId()).isTrue();
            assertThat(a.bookingId()).isEqualTo(d.bookingId());
            assertThat(a.units()).as("never split").isEqualTo(d.units());
            Supplier sup = byId.get(a.supplierId());
            assertThat(sup.kind()).isEqualTo(d.kind());
            assertThat(sup.features()).as("features of %s for %s", sup.supplierId(), d.bookingId())
                    .containsAll(d.requires());
            assertThat(GreatCircle.km(d.lat(), d.lon(), sup.lat(), sup.lon())).isLessThanOrEqualTo(d.maxKm());
            assertThat(a.cost()).isEqualByComparingTo(sup.unitCost().multiply(BigDecimal.valueOf(d.units())));
            used.merge(sup.supplierId(), d.units(), Integer::sum);
            total = total.add(a.cost());
        }
        for (Solution.Unplaced u : s.unplaced()) {
            assertThat(seen.add(u.bookingId())).as("party %s once", u.bookingId()).isTrue();
            assertThat(u.reason()).isNotBlank();
        }
        assertThat(seen).hasSize(demand.size());
        used.forEach((id, u) -> assertThat(u).as("capacity of %s", id).isLessThanOrEqualTo(byId.get(id).capacity()));
        assertThat(s.totalCost()).isEqualByComparingTo(total);
    }

    @Test
    void matchesExhaustiveSearchOnSeededSmallInstances() {
        int proven = 0;
        for (long seed = 1; seed <= 300; seed++) {
            GeneratorInstance in = GeneratorInstance.of(InstanceGenerator.small(new Random(seed)));
            Solution s = new Solver().solve(in.demand, in.suppliers);
            assertFeasible(s, in.demand, in.suppliers);
            Objective want = bruteForce(in.demand, in.suppliers);
            Objective got = objective(s, in.demand, in.suppliers);
            assertThat(got).as("seed %d", seed).isEqualTo(want);
            assertThat(s.optimal()).as("seed %d proven", seed).isTrue();
            assertThat(s.gap()).isEqualTo(0.0);
            proven++;
        }
        assertThat(proven).isEqualTo(300);
    }

    @Test
    void heuristicAloneIsNeverWorseThanTheRelaxationAllowsAndStaysFeasible() {
        for (long seed = 1; seed <= 40; seed++) {
            InstanceGenerator.Instance in = InstanceGenerator.large(400, 40, seed, seed % 2 == 0 ? 0.7 : 1.2);
            Solution s = new Solver().solve(in.demand(), in.suppliers());
            assertFeasible(s, in.demand(), in.suppliers());
            if (s.gap() != null) {
                assertThat(s.gap()).as("seed %d", seed).isLessThanOrEqualTo(0.01);
                assertThat(s.totalCost()).isGreaterThanOrEqualTo(s.costLowerBound());
            }
        }
    }

    @Test
    void higherPriorityIsNeverDisplacedByLower() {
        Supplier only = supplier("S1", SegmentKind.HOTEL, 4, "100", List.of("wheelchair"));
        Supplier cheap = supplier("S2", SegmentKind.HOTEL, 10, "50", List.of());
        List<Demand> demand = List.of(
                demand("LOW", 4, 10, List.of()),
                demand("HIGH", 4, 90, List.of("wheelchair")),
                demand("MID", 3, 50, List.of()));
        Solution s = new Solver().solve(demand, List.of(only, cheap));
        assertThat(s.assignments()).extracting(Solution.Assignment::bookingId, Solution.Assignment::supplierId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOW", "S2"),
                        org.assertj.core.groups.Tuple.tuple("HIGH", "S1"), org.assertj.core.groups.Tuple.tuple("MID", "S2"));
        Solution tight = new Solver().solve(List.of(demand("LOW", 4, 10, List.of()), demand("HIGH", 4, 90, List.of())),
                List.of(supplier("S1", SegmentKind.HOTEL, 4, "100", List.of())));
        assertThat(tight.assignments()).extracting(Solution.Assignment::bookingId).containsExactly("HIGH");
        assertThat(tight.unplaced()).extracting(Solution.Unplaced::reason)
                .containsExactly("capacity exhausted by higher priorities (1 suitable suppliers full)");
    }

    @Test
    void unplacedReasonsSayWhy() {
        List<Supplier> suppliers = List.of(supplier("S1", SegmentKind.HOTEL, 3, "100", List.of("family")),
                supplier("FAR", SegmentKind.COACH, 50, "10", List.of()));
        List<Demand> demand = List.of(
                demand("NOKIND", 1, 10, List.of(), SegmentKind.ACTIVITY, 10),
                demand("FEATURE", 1, 10, List.of("wheelchair", "family"), SegmentKind.HOTEL, 10),
                demand("BIG", 5, 10, List.of(), SegmentKind.HOTEL, 10),
                new Demand("FARAWAY", 1, SegmentKind.COACH, 30.0, 120.0, 10, List.of(), 5));
        Solution s = new Solver().solve(demand, suppliers);
        assertThat(s.unplaced()).extracting(Solution.Unplaced::bookingId, Solution.Unplaced::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NOKIND", "no activity supplier within 10 km"),
                org.assertj.core.groups.Tuple.tuple("FEATURE",
                        "required feature missing: wheelchair (1 hotel in range, none with wheelchair and family)"),
                org.assertj.core.groups.Tuple.tuple("BIG",
                        "needs 5 units, more than any suitable supplier holds (largest 3); a party is never split"),
                org.assertj.core.groups.Tuple.tuple("FARAWAY", "no coach supplier within 5 km"));
        assertThat(s.assignments()).isEmpty();
        assertThat(s.optimal()).isTrue();
    }

    @Test
    void mixedCurrenciesAreRefused() {
        Supplier cny = supplier("S1", SegmentKind.HOTEL, 3, "100", List.of());
        Supplier hkd = new Supplier("S2", "S2", SegmentKind.HOTEL, "HK", 22.3, 114.2, 3, new BigDecimal("100"), "HKD",
                "standby", null, null, "en", List.of());
        assertThatThrownBy(() -> new Solver().solve(List.of(demand("A", 1, 1, List.of())), List.of(cny, hkd)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    }

    @Test
    void sameInputSameOutput() {
        InstanceGenerator.Instance in = InstanceGenerator.large(2000, 100, 7, 0.9);
        Solution a = new Solver().solve(in.demand(), in.suppliers());
        Solution b = new Solver().solve(in.demand(), in.suppliers());
        assertThat(a).isEqualTo(b);
    }

    static Supplier supplier(String id, SegmentKind kind, int capacity, String cost, List<String> features) {
        return new Supplier(id, id, kind, "CN-GD", 22.30, 114.17, capacity, new BigDecimal(cost), "CNY", "standby", null,
                null, "zh-CN", features);
    }

    static Demand demand(String id, int units, int priority, List<String> requires) {
        return demand(id, units, priority, requires, SegmentKind.HOTEL, 10);
    }

    static Demand demand(String id, int units, int priority, List<String> requires, SegmentKind kind, double maxKm) {
        return new Demand(id, units, kind, 22.31, 114.18, priority, requires, maxKm);
    }

    record GeneratorInstance(List<Demand> demand, List<Supplier> suppliers) {
        static GeneratorInstance of(InstanceGenerator.Instance in) {
            return new GeneratorInstance(in.demand(), in.suppliers());
        }
    }
}
