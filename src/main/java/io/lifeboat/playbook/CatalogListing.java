package io.lifeboat.playbook;

import java.util.List;

/**
 * Everything the catalog holds: the usable playbooks by id, the user files that failed to load (each with
 * its problems), and warnings about the folders (missing, shadowed ids).
 */
public record CatalogListing(List<CatalogEntry> playbooks, List<LoadResult> invalid, List<String> warnings) {
    public CatalogListing {
        playbooks = List.copyOf(playbooks);
        invalid = List.copyOf(invalid);
        warnings = List.copyOf(warnings);
    }
}
