package io.lifeboat.playbook;

import java.util.List;
import java.util.Map;

/**
 * An operator's prepared plan for one kind of crisis, loaded from YAML. Field names in YAML are the
 * snake_case of these components. Texts meant for people are maps from locale (zh-CN, en, ...) to text.
 *
 * @param contact      who answers for incidents of this playbook; null when the playbook names nobody
 * @param alternatives prepared alternatives for lost segments; empty when none
 * @param source       where it was loaded from: a file path, or {@code shipped:ID} for the built-in ones
 */
public record Playbook(
        String id,
        Map<String, String> name,
        int version,
        Map<String, String> description,
        Match match,
        Priority priority,
        List<TaskTemplate> tasks,
        Triggers triggers,
        Notifications notifications,
        Reallocation reallocation,
        Compensation compensation,
        Contact contact,
        List<Alternative> alternatives,
        String source) {

    public Playbook {
        name = Map.copyOf(name);
        description = description == null ? Map.of() : Map.copyOf(description);
        tasks = List.copyOf(tasks);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** The name in the locale, else English, else Chinese, else the id. */
    public String name(String locale) {
        return Texts.pick(name, locale, id);
    }
}
