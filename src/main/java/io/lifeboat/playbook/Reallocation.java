package io.lifeboat.playbook;

import java.util.List;
import java.util.Map;

/**
 * How displaced parties are re-housed or re-routed.
 *
 * @param standbyOnly      use only suppliers with {@code standby} agreements
 * @param radiusKm         default farthest distance from the affected segment
 * @param needsToFeatures  booking needs → required supplier features (wheelchair → wheelchair,
 *                         medical → medical-staff, infant → family)
 * @param rules            which affected segments need what
 */
public record Reallocation(boolean standbyOnly, double radiusKm, Map<String, String> needsToFeatures,
                           List<ReallocationRule> rules) {
    public Reallocation {
        needsToFeatures = Map.copyOf(needsToFeatures);
        rules = List.copyOf(rules);
    }
}
