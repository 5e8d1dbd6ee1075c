package io.lifeboat.playbook;

import io.lifeboat.common.Problem;
import java.util.List;

/**
 * What checking one playbook file gave: the playbook when it is valid, else every problem found.
 *
 * @param file     the file as named to the user (a path, or {@code shipped:typhoon.yaml})
 * @param id       the playbook's id as far as it could be read (even from an invalid file), else null
 * @param playbook the playbook, null when there are problems
 */
public record LoadResult(String file, String id, Playbook playbook, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
