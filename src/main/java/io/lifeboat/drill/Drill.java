package io.lifeboat.drill;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drill file: which scenario is rehearsed with which playbook in which quarter, the injects (what the
 * facilitator announces, and when), the actions expected of the team with their deadlines, and the scoring.
 *
 * @param type tabletop, functional or full-scale (HSEEP's exercise types)
 */
public record Drill(String id, String scenario, String playbook, String quarter, String type,
                    Map<String, String> title, List<Inject> injects, List<Expected> expected, Scoring scoring,
                    String source) {
    public static final List<String> TYPES = List.of("tabletop", "functional", "full-scale");

    public Drill {
        title = Map.copyOf(title);
        injects = List.copyOf(injects);
        expected = List.copyOf(expected);
    }

    public Optional<Inject> inject(String injectId) {
        return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
    }

    public Optional<Expected> expectedAction(String expectedId) {
        return expected.stream().filter(e -> e.id().equals(expectedId)).findFirst();
    }

    /** The inject that opens the incident: the first one carrying incident parameters. */
    public Optional<Inject> opening() {
        return injects.stream().filter(Inject::opensIncident).findFirst();
    }
}
