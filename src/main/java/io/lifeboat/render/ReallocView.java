package io.lifeboat.render;

import io.lifeboat.model.ReallocPlan;
import io.lifeboat.model.Supplier;
import io.lifeboat.realloc.Solution;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reallocation plans. {@code realloc solve -o json}: {@code assignments [{booking_id, supplier_id, units, cost, km}],
 * unplaced [{booking_id, units, reason}], total_cost, total_km, optimal, gap}; CSV one row per party; a table for
 * people. {@code realloc show}: the stored plan per supplier and per party.
 */
public final class ReallocView {
    public static final List<String> SOLVE_FIELDS = List.of("booking_id", "priority", "units", "supplier_id", "cost",
            "km", "reason");
    public static final List<String> PLAN_FIELDS = List.of("booking_id", "seq", "kind", "priority", "units",
            "supplier_id", "cost", "km", "reason");

    private ReallocView() {
    }

    // ------------------------------------------------------------------ realloc solve

    public static Map<String, Object> solutionObject(Solution s) {
        List<Map<String, Object>> assigned = new ArrayList<>();
        for (Solution.Assignment a : s.assignments()) {
            assigned.add(Ordered.of("booking_id", a.bookingId(), "supplier_id", a.supplierId(), "units", a.units(),
                    "cost", a.cost(), "km", a.km()));
        }
        List<Map<String, Object>> unplaced = new ArrayList<>();
        for (Solution.Unplaced u : s.unplaced()) {
            unplaced.add(Ordered.of("booking_id", u.bookingId(), "units", u.units(), "reason", u.reason()));
        }
        return Ordered.of("assignments", assigned, "unplaced", unplaced, "total_cost", s.totalCost(), "total_km",
                s.totalKm(), "optimal", s.optimal(), "gap", s.gap());
    }

    public static void solution(PrintWriter out, Solution s, OutputFormat format, Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, solutionObject(s));
            case CSV -> {
                try (Csv csv = new Csv(out, SOLVE_FIELDS)) {
                    for (Row r : rows(s)) csv.row(r.bookingId, r.priority, r.units, r.supplierId, r.cost, r.km, r.reason);
                }
            }
            default -> {
                Table t = new Table(Table.Column.fixed("BOOKING"), Table.Column.right("PRIO"), Table.Column.right("UNITS"),
                        Table.Column.fixed("SUPPLIER"), Table.Column.right("COST"), Table.Column.right("KM"),
                        Table.Column.left("WHY"));
                List<Row> rows = rows(s);
                rows.sort(Comparator.comparingInt((Row r) -> -r.priority).thenComparingInt(r -> r.index));
                for (Row r : rows) {
                    t.row(r.bookingId, r.priority, r.units, r.supplierId == null ? style.bad("unplaced") : r.supplierId,
                            r.cost, r.km, r.reason);
                }
                t.print(out, style, width);
                out.println();
                summary(out, s, style);
            }
        }
        out.flush();
    }

    private record Row(int index, String bookingId, int priority, int units, String supplierId, BigDecimal cost,
                       BigDecimal km, String reason) {
    }

    private static List<Row> rows(Solution s) {
        List<Row> rows = new ArrayList<>();
        for (Solution.Assignment a : s.assignments()) {
            rows.add(new Row(a.index(), a.bookingId(), a.priority(), a.units(), a.supplierId(), a.cost(), a.km(), a.why()));
        }
        for (Solution.Unplaced u : s.unplaced()) {
            rows.add(new Row(u.index(), u.bookingId(), u.priority(), u.units(), null, null, null, u.reason()));
        }
        rows.sort(Comparator.comparingInt(Row::index));
        return rows;
    }

    /** Placed and unplaced per priority level, the cost, and how good the plan is known to be. */
    public static void summary(PrintWriter out, Solution s, Style style) {
        for (String line : summaryLines(s)) out.println(line);
        out.flush();
    }

    public static List<String> summaryLines(Solution s) {
        List<String> lines = new ArrayList<>();
        String cur = s.currency() == null ? "" : " " + s.currency();
        for (Solution.Level l : s.levels()) {
            lines.add(String.format("  priority %4d  placed %,6d parties (%,d units)   unplaced %,5d (%,d units)   cost %s%s",
                    l.priority(), l.placedParties(), l.placedUnits(), l.unplacedParties(), l.unplacedUnits(),
                    l.cost().toPlainString(), cur));
        }
        lines.add(String.format("  total: %,d placed, %,d unplaced; cost %s%s; %s km; %s", s.assignments().size(),
                s.unplaced().size(), s.totalCost().toPlainString(), cur, s.totalKm().toPlainString(), quality(s)));
        return lines;
    }

    public static String quality(Solution s) {
        if (s.optimal()) return "optimal (" + s.method() + ")";
        if (s.gap() != null) {
            return String.format("within %.3f %% of the optimum (lower bound %s)", s.gap() * 100,
                    s.costLowerBound().toPlainString());
        }
        return "not proven optimal: the split relaxation places more units than this plan, so no bound applies";
    }

    // ------------------------------------------------------------------ realloc plan / show

    /** A stored plan in a few lines: placed and unplaced per priority, highest first, then the totals. */
    public static List<String> planSummaryLines(ReallocPlan p) {
        Map<Integer, long[]> byPriority = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, BigDecimal> cost = new TreeMap<>();
        for (ReallocPlan.Line l : p.lines()) {
            long[] c = byPriority.computeIfAbsent(l.priority(), k -> new long[4]);
            if (l.placed()) {
                c[0]++;
                c[1] += l.units();
                cost.merge(l.priority(), new BigDecimal(l.cost()), BigDecimal::add);
            } else {
                c[2]++;
                c[3] += l.units();
            }
        }
        String cur = p.currency() == null ? "" : " " + p.currency();
        List<String> lines = new ArrayList<>();
        byPriority.forEach((prio, c) -> lines.add(String.format(
                "  priority %4d  placed %,5d parties (%,d units)   unplaced %,4d (%,d units)   cost %s%s", prio, c[0], c[1],
                c[2], c[3], cost.getOrDefault(prio, BigDecimal.ZERO).toPlainString(), cur)));
        lines.add(String.format("  total: %,d placed, %,d unplaced; cost %s%s; %s km; %s", p.placedParties(),
                p.unplacedParties(), p.totalCost(), cur, p.totalKm(), p.optimal() ? "optimal" : p.gap() != null
                        ? String.format("within %.3f %% of the optimum", p.gap() * 100) : "not proven optimal"));
        return lines;
    }

    public static Map<String, Object> planObject(ReallocPlan p, Map<String, Supplier> suppliers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", p.incidentId());
        m.put("status", p.status());
        m.put("created_at", Times.iso(p.createdMs()));
        m.put("created_by", p.createdBy());
        m.put("accepted_at", Times.iso(p.acceptedMs()));
        m.put("accepted_by", p.acceptedBy());
        m.put("currency", p.currency());
        m.put("placed_parties", p.placedParties());
        m.put("placed_units", p.placedUnits());
        m.put("unplaced_parties", p.unplacedParties());
        m.put("unplaced_units", p.unplacedUnits());
        m.put("total_cost", new BigDecimal(p.totalCost()));
        m.put("total_km", new BigDecimal(p.totalKm()));
        m.put("optimal", p.optimal());
        m.put("gap", p.gap());
        List<Map<String, Object>> bySupplier = new ArrayList<>();
        for (SupplierTotal t : bySupplier(p)) {
            Supplier s = suppliers.get(t.supplierId);
            bySupplier.add(Ordered.of("supplier_id", t.supplierId, "name", s == null ? null : s.name(), "kind",
                    s == null ? null : s.kind().code(), "units", t.units, "parties", t.parties, "cost", t.cost));
        }
        m.put("by_supplier", bySupplier);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ReallocPlan.Line l : p.lines()) {
            lines.add(Ordered.of("booking_id", l.bookingId(), "seq", l.seq(), "kind", l.kind().code(), "priority",
                    l.priority(), "units", l.units(), "supplier_id", l.supplierId(), "cost",
                    l.cost() == null ? null : new BigDecimal(l.cost()), "km", l.km() == null ? null : new BigDecimal(l.km()),
                    "reason", l.reason()));
        }
        m.put("parties", lines);
        return m;
    }

    public static void plan(PrintWriter out, ReallocPlan p, Map<String, Supplier> suppliers, OutputFormat format,
                            Times times, Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, planObject(p, suppliers));
            case CSV -> {
                try (Csv csv = new Csv(out, PLAN_FIELDS)) {
                    for (ReallocPlan.Line l : p.lines()) {
                        csv.row(l.bookingId(), l.seq(), l.kind().code(), l.priority(), l.units(), l.supplierId(), l.cost(),
                                l.km(), l.reason());
                    }
                }
            }
            default -> planTable(out, p, suppliers, times, style, width);
        }
        out.flush();
    }

    private static void planTable(PrintWriter out, ReallocPlan p, Map<String, Supplier> suppliers, Times times,
                                  Style style, int width) {
        String cur = p.currency() == null ? "" : " " + p.currency();
        out.println(style.bold("Reallocation plan for incident " + p.incidentId()) + " — " + (p.accepted()
                ? style.good("accepted") + " " + times.show(p.acceptedMs()) + " by " + p.acceptedBy()
                : "draft of " + times.show(p.createdMs()) + " by " + p.createdBy()));
        out.printf("  placed %,d parties (%,d units), unplaced %,d (%,d units); cost %s%s; %s km; %s%n",
                p.placedParties(), p.placedUnits(), p.unplacedParties(), p.unplacedUnits(), p.totalCost(), cur,
                p.totalKm(), p.optimal() ? "optimal" : p.gap() != null
                        ? String.format("within %.3f %% of the optimum", p.gap() * 100) : "not proven optimal");
        out.println();
        out.println(style.bold("Per supplier"));
        Table s = new Table(Table.Column.fixed("SUPPLIER"), Table.Column.left("NAME"), Table.Column.fixed("KIND"),
                Table.Column.right("UNITS"), Table.Column.right("PARTIES"), Table.Column.right("COST"));
        for (SupplierTotal t : bySupplier(p)) {
            Supplier sup = suppliers.get(t.supplierId);
            s.row(t.supplierId, sup == null ? "" : sup.name(), sup == null ? "" : sup.kind().code(), t.units, t.parties,
                    t.cost.toPlainString());
        }
        if (s.isEmpty()) out.println("  (nobody placed)");
        else s.print(out, style, width);
        out.println();
        out.println(style.bold("Per party") + " (highest priority first)");
        Table t = new Table(Table.Column.fixed("BOOKING"), Table.Column.right("SEQ"), Table.Column.fixed("KIND"),
                Table.Column.right("PRIO"), Table.Column.right("UNITS"), Table.Column.fixed("SUPPLIER"),
                Table.Column.right("COST"), Table.Column.right("KM"), Table.Column.left("WHY"));
        for (ReallocPlan.Line l : p.lines()) {
            t.row(l.bookingId(), l.seq(), l.kind().code(), l.priority(), l.units(),
                    l.placed() ? l.supplierId() : style.bad("unplaced"), l.cost(), l.km(), l.reason());
        }
        if (t.isEmpty()) out.println("  (no affected segment needs a place under the playbook's rules)");
        else t.print(out, style, width);
    }

    private static final class SupplierTotal {
        final String supplierId;
        long units;
        int parties;
        BigDecimal cost = BigDecimal.ZERO;

        SupplierTotal(String supplierId) {
            this.supplierId = supplierId;
        }
    }

    private static List<SupplierTotal> bySupplier(ReallocPlan p) {
        Map<String, SupplierTotal> totals = new TreeMap<>();
        for (ReallocPlan.Line l : p.lines()) {
            if (!l.placed()) continue;
            SupplierTotal t = totals.computeIfAbsent(l.supplierId(), SupplierTotal::new);
            t.units += l.units();
            t.parties++;
            t.cost = t.cost.add(new BigDecimal(l.cost()));
        }
        return new ArrayList<>(totals.values());
    }
}
