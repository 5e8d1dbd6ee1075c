package io.lifeboat.playbook;

/**
 * A playbook as the catalog offers it.
 *
 * @param overrides the shipped playbook this user playbook replaces ({@code shipped:typhoon}), else null
 */
public record CatalogEntry(Playbook playbook, String overrides) {

    /** Where it comes from, for people: the source, and what it overrides. */
    public String origin() {
        return overrides == null ? playbook.source() : playbook.source() + " (overrides " + overrides + ")";
    }
}
