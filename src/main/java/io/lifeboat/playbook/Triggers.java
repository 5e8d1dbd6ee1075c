package io.lifeboat.playbook;

import java.util.List;

/**
 * What opens an incident of this playbook automatically.
 *
 * @param cap      CAP alerts that open it for an area; null when alerts never do
 * @param messages phrases that, found in a traveler's message (case-insensitive, substring), open it for
 *                 that traveler's booking on the fast channel ("sudden illness", "突发疾病"); empty when none
 */
public record Triggers(CapTrigger cap, List<String> messages) {
    public Triggers {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** Only CAP alerts (or nothing) open it. */
    public Triggers(CapTrigger cap) {
        this(cap, List.of());
    }
}
