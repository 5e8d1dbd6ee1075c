package io.lifeboat.playbook;

import java.util.List;
import java.util.Map;

/**
 * One priority rule; its conditions are AND-ed and a null condition does not constrain.
 *
 * @param needs             applies when the booking has any of these needs tags
 * @param tier              applies when the booking's tier is this ({@code vip}, {@code standard})
 * @param inTrip            applies when the travelers are already travelling (true) or not yet (false)
 *                          at the time the incident opens
 * @param partySizeAtLeast  applies to parties of at least this many travelers
 * @param add               points added
 * @param reason            why, per locale (shown beside the priority)
 */
public record PriorityRule(List<String> needs, String tier, Boolean inTrip, Integer partySizeAtLeast, int add,
                           Map<String, String> reason) {
    public PriorityRule {
        needs = needs == null ? List.of() : List.copyOf(needs);
        reason = reason == null ? Map.of() : Map.copyOf(reason);
    }
}
