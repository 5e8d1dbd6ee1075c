package io.lifeboat.realloc;

import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Demand;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.ReallocPlan;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import io.lifeboat.notify.BookingRequests;
import io.lifeboat.notify.NotifySettings;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.Reallocation;
import io.lifeboat.playbook.ReallocationRule;
import io.lifeboat.store.Database;
import io.lifeboat.store.IncidentRepository;
import io.lifeboat.store.ReallocRepository;
import io.lifeboat.store.SupplierRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The incident path: the playbook's {@code reallocation} section turns each affected segment into a need
 * (units, supplier kind, required features, radius; priority from the triage), the {@link Solver} places the
 * needs at suppliers with capacity left (minus what accepted plans of other open incidents reserved), and the
 * plan is stored as the incident's draft. Accepting it records who, and reserves its units at each supplier.
 */
public final class Planner {
    private final Database db;
    private final IncidentService incidents;
    private final ReallocRepository plans;
    private final AuditLog audit;

    public Planner(Database db) {
        this.db = db;
        this.incidents = new IncidentService(db);
        this.plans = new ReallocRepository(db);
        this.audit = new AuditLog(db);
    }

    /** The outcome of {@code realloc plan}: the stored plan; whether this call changed it; the solver's view. */
    public record Planned(ReallocPlan plan, boolean changed, Solution solution) {
    }

    /**
     * The outcome of {@code realloc accept}: the plan, whether this call is the one that accepted it, and the
     * booking requests it drafted to the plan's suppliers (null when it did not accept).
     */
    public record Accepted(ReallocPlan plan, boolean changed, BookingRequests.Result requests) {
    }

    /** Builds and stores the incident's draft plan; an accepted plan is left as it is. */
    public Planned plan(long incidentId, Playbook playbook, String currency, String actor, Instant now) {
        Incident incident = incidents.get(incidentId);
        Optional<ReallocPlan> existing = plans.forIncident(incidentId);
        if (existing.isPresent() && existing.get().accepted()) return new Planned(existing.get(), false, null);
        if (!incident.isOpen()) throw new ExitException(ExitCodes.USAGE, "incident " + incidentId + " is closed");
        Reallocation section = playbook.reallocation();
        if (section == null || section.rules().isEmpty()) {
            throw new ExitException(ExitCodes.USAGE, "playbook " + playbook.id() + " has no reallocation rules;"
                    + " add a 'reallocation' section to it (see playbooks/README.md)");
        }
        List<Need> needs = needs(section, new IncidentRepository(db).affectedSegments(incidentId, false));
        Map<String, Long> reserved = plans.reservedByOpenIncidents(incidentId);
        List<Supplier> suppliers = suppliers(section, needs, currency, reserved);
        Solution solution = new Solver().solve(needs.stream().map(Need::demand).toList(), suppliers, reserved);
        ReallocPlan draft = draft(incidentId, needs, solution, actor, now);
        if (existing.isPresent() && existing.get().fingerprint().equals(draft.fingerprint())) {
            return new Planned(existing.get(), false, solution);
        }
        return db.inTransaction(c -> {
            plans.saveDraft(draft);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("placed", solution.assignments().size());
            details.put("unplaced", solution.unplaced().size());
            details.put("total_cost", solution.totalCost().toPlainString());
            details.put("currency", solution.currency());
            details.put("placed_units", solution.placedUnits());
            details.put("unplaced_units", solution.unplacedUnits());
            details.put("optimal", solution.optimal());
            details.put("gap", solution.gap());
            audit.record(now, actor, "realloc.plan", incidentId, details);
            return new Planned(plans.forIncident(incidentId).orElseThrow(), true, solution);
        });
    }

    public ReallocPlan show(long incidentId) {
        incidents.get(incidentId);
        return plans.forIncident(incidentId).orElseThrow(() -> new ExitException(ExitCodes.USAGE,
                "incident " + incidentId + " has no reallocation plan yet; make one with 'lifeboat realloc plan "
                        + incidentId + "'"));
    }

    /**
     * Accepts the draft, reserves its units and, in the same transaction, drafts a booking request to each of
     * its suppliers from the playbook's {@code booking_request} template (approved and sent like every other
     * notification). Accepting an accepted plan again changes nothing.
     */
    public Accepted accept(long incidentId, Playbook playbook, NotifySettings settings, String actor, Instant now) {
        Incident incident = incidents.get(incidentId);
        ReallocPlan plan = show(incidentId);
        if (plan.accepted()) return new Accepted(plan, false, null);
        if (!incident.isOpen()) throw new ExitException(ExitCodes.USAGE, "incident " + incidentId + " is closed");
        Map<String, Long> units = unitsBySupplier(plan);
        Map<String, Long> reserved = plans.reservedByOpenIncidents(incidentId);
        Map<String, Supplier> byId = new LinkedHashMap<>();
        for (Supplier s : new SupplierRepository(db).all()) byId.put(s.supplierId(), s);
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Long> e : units.entrySet()) {
            Supplier s = byId.get(e.getKey());
            long left = s == null ? 0 : s.capacity() - reserved.getOrDefault(e.getKey(), 0L);
            if (left < e.getValue()) {
                problems.add(Problem.general("plan", "supplier " + e.getKey() + " has " + Math.max(0, left)
                        + " units left, the plan needs " + e.getValue() + " (another plan was accepted since);"
                        + " run 'lifeboat realloc plan " + incidentId + "' again"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return db.inTransaction(c -> {
            if (!plans.accept(plan.planId(), now.toEpochMilli(), actor)) {
                return new Accepted(plans.forIncident(incidentId).orElseThrow(), false, null);
            }
            plans.reserve(plan.planId(), units, now.toEpochMilli());
            BookingRequests.Result requests = new BookingRequests(db).draft(incident, playbook, plan,
                    new IncidentRepository(db).affectedSegments(incidentId, false), settings, actor, now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("placed", plan.placedParties());
            details.put("suppliers", units.size());
            details.put("total_cost", plan.totalCost());
            details.put("currency", plan.currency());
            details.put("placed_units", plan.placedUnits());
            details.put("booking_requests", requests.inserted() + requests.updated());
            audit.record(now, actor, "realloc.accept", incidentId, details);
            return new Accepted(plans.forIncident(incidentId).orElseThrow(), true, requests);
        });
    }

    /** Units a plan takes at each supplier, in supplier order. */
    public static Map<String, Long> unitsBySupplier(ReallocPlan plan) {
        Map<String, Long> out = new TreeMap<>();
        for (ReallocPlan.Line l : plan.lines()) if (l.placed()) out.merge(l.supplierId(), (long) l.units(), Long::sum);
        return out;
    }

    // ------------------------------------------------------------------ demand and supply

    /** An affected segment's need, as the solver sees it, with the segment it comes from. */
    record Need(Demand demand, int seq) {
    }

    static List<Need> needs(Reallocation section, List<IncidentSegment> affected) {
        List<Need> out = new ArrayList<>();
        for (IncidentSegment is : affected) {
            ExposedSegment s = is.segment();
            ReallocationRule rule = section.rules().stream().filter(r -> r.segmentKind() == s.kind()).findFirst()
                    .orElse(null);
            if (rule == null) continue;
            List<String> requires = new ArrayList<>();
            for (String need : s.needs()) {
                String feature = section.needsToFeatures().get(need);
                if (feature != null && !requires.contains(feature)) requires.add(feature);
            }
            double radius = rule.radiusKm() > 0 ? rule.radiusKm() : section.radiusKm();
            out.add(new Need(new Demand(s.bookingId(), rule.unitsFor(s.partySize()), rule.supplierKind(), s.lat(), s.lon(),
                    is.priority(), requires, radius), s.seq()));
        }
        return out;
    }

    private List<Supplier> suppliers(Reallocation section, List<Need> needs, String currency, Map<String, Long> reserved) {
        Set<SegmentKind> kinds = EnumSet.noneOf(SegmentKind.class);
        for (Need n : needs) kinds.add(n.demand().kind());
        List<Supplier> out = new ArrayList<>();
        Map<String, Integer> currencies = new TreeMap<>();
        for (Supplier s : new SupplierRepository(db).all()) {
            if (!kinds.contains(s.kind())) continue;
            if (section.standbyOnly() && !Supplier.STANDBY.equals(s.agreement())) continue;
            if (currency != null && !currency.equals(s.currency())) continue;
            currencies.merge(s.currency(), 1, Integer::sum);
            int left = (int) Math.max(0, s.capacity() - reserved.getOrDefault(s.supplierId(), 0L));
            out.add(new Supplier(s.supplierId(), s.name(), s.kind(), s.region(), s.lat(), s.lon(), left, s.unitCost(),
                    s.currency(), s.agreement(), s.phone(), s.email(), s.locale(), s.features()));
        }
        if (currencies.size() > 1) {
            StringBuilder sb = new StringBuilder();
            currencies.forEach((cur, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(cur).append(" (").append(n)
                    .append(n == 1 ? " supplier)" : " suppliers)"));
            throw new InvalidInputException(Problem.general("--currency", "the suppliers that could take these parties"
                    + " charge in " + sb + "; one plan has one currency: choose one with --currency"));
        }
        return out;
    }

    private static ReallocPlan draft(long incidentId, List<Need> needs, Solution s, String actor, Instant now) {
        List<ReallocPlan.Line> lines = new ArrayList<>();
        for (Solution.Assignment a : s.assignments()) {
            Need n = needs.get(a.index());
            lines.add(new ReallocPlan.Line(a.bookingId(), n.seq(), n.demand().kind(), a.priority(), a.units(),
                    a.supplierId(), a.cost().toPlainString(), a.km().toPlainString(), a.why()));
        }
        for (Solution.Unplaced u : s.unplaced()) {
            Need n = needs.get(u.index());
            lines.add(new ReallocPlan.Line(u.bookingId(), n.seq(), n.demand().kind(), u.priority(), u.units(), null, null,
                    null, u.reason()));
        }
        lines.sort(java.util.Comparator.comparingInt(ReallocPlan.Line::priority).reversed()
                .thenComparing(ReallocPlan.Line::bookingId).thenComparingInt(ReallocPlan.Line::seq));
        StringBuilder canonical = new StringBuilder(String.valueOf(s.currency()));
        for (ReallocPlan.Line l : lines) {
            canonical.append('\n').append(l.bookingId()).append('|').append(l.seq()).append('|').append(l.units())
                    .append('|').append(l.supplierId()).append('|').append(l.cost()).append('|').append(l.reason());
        }
        return new ReallocPlan(0, incidentId, ReallocPlan.DRAFT, s.currency(), s.assignments().size(),
                s.placedUnits(), s.unplaced().size(), s.unplacedUnits(), s.totalCost().toPlainString(),
                s.totalKm().toPlainString(), s.optimal(), s.gap(), s.method(), sha256(canonical.toString()),
                now.toEpochMilli(), actor, null, null, lines);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
