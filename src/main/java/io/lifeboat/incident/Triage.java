package io.lifeboat.incident;

import io.lifeboat.model.AffectedBooking;
import io.lifeboat.playbook.Priority;
import io.lifeboat.playbook.PriorityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who comes first: the playbook's base priority plus the points of every rule that applies to a booking,
 * with each applied rule's reason. Pure: the same booking facts always rank the same.
 */
public final class Triage {
    private Triage() {
    }

    /** The facts about a booking that priority rules look at. */
    public record Facts(String bookingId, String tier, List<String> needs, int partySize, boolean inTrip) {
    }

    public static AffectedBooking rank(Priority priority, Facts f) {
        int score = priority == null ? 0 : priority.base();
        List<Map<String, String>> reasons = new ArrayList<>();
        if (priority != null) {
            for (PriorityRule r : priority.rules()) {
                if (applies(r, f)) {
                    score += r.add();
                    reasons.add(r.reason().isEmpty() ? Map.of("en", describe(r)) : r.reason());
                }
            }
        }
        return new AffectedBooking(f.bookingId(), f.partySize(), score, reasons, f.inTrip(), AffectedBooking.AFFECTED);
    }

    static boolean applies(PriorityRule r, Facts f) {
        if (!r.needs().isEmpty() && r.needs().stream().noneMatch(f.needs()::contains)) return false;
        if (r.tier() != null && !r.tier().equals(f.tier())) return false;
        if (r.inTrip() != null && r.inTrip() != f.inTrip()) return false;
        return r.partySizeAtLeast() == null || f.partySize() >= r.partySizeAtLeast();
    }

    /** A reason for rules that gave none, built from their conditions. */
    static String describe(PriorityRule r) {
        List<String> parts = new ArrayList<>();
        if (!r.needs().isEmpty()) parts.add(String.join("/", r.needs()));
        if (r.tier() != null) parts.add(r.tier());
        if (r.inTrip() != null) parts.add(r.inTrip() ? "in trip" : "not yet travelling");
        if (r.partySizeAtLeast() != null) parts.add("party of " + r.partySizeAtLeast() + "+");
        return String.join(", ", parts);
    }
}
