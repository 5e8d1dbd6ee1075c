package io.lifeboat.playbook;

/** What opens an incident of this playbook automatically; {@code cap} is null when alerts never do. */
public record Triggers(CapTrigger cap) {
}
