package io.lifeboat.playbook;

import java.util.List;

/**
 * How affected bookings are ranked: {@code base} plus the {@code add} of every rule that applies;
 * each applied rule contributes its reason. Higher comes first.
 */
public record Priority(int base, List<PriorityRule> rules) {
    public Priority {
        rules = List.copyOf(rules);
    }
}
