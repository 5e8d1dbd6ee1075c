package io.lifeboat.realloc;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reallocation plan: where each placed party goes, why each other party could not be placed, the totals,
 * and how good the plan is known to be.
 *
 * @param optimal  proven optimal (exhaustive search finished, or the relaxation's bound was met exactly)
 * @param gap      (cost − lower bound) / lower bound when the relaxation gives a bound for this plan, else null
 * @param levels   placed and unplaced parties and units per priority level, highest first
 */
public record Solution(List<Assignment> assignments, List<Unplaced> unplaced, String currency, BigDecimal totalCost,
                       BigDecimal totalKm, boolean optimal, Double gap, BigDecimal costLowerBound, String method,
                       List<Level> levels) {
    public Solution {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
        levels = List.copyOf(levels);
    }

    /** A party placed whole at one supplier; {@code index} is its position in the demand. */
    public record Assignment(int index, String bookingId, String supplierId, int units, int priority,
                             BigDecimal cost, BigDecimal km, String why) {
    }

    /** A party that could not be placed, and why. */
    public record Unplaced(int index, String bookingId, int units, int priority, String reason) {
    }

    /** One priority level's outcome. */
    public record Level(int priority, int placedParties, long placedUnits, int unplacedParties, long unplacedUnits,
                        BigDecimal cost) {
    }

    public long placedUnits() {
        return levels.stream().mapToLong(Level::placedUnits).sum();
    }

    public long unplacedUnits() {
        return levels.stream().mapToLong(Level::unplacedUnits).sum();
    }
}
