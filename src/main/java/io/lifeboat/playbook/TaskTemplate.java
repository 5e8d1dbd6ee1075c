package io.lifeboat.playbook;

import java.time.Duration;
import java.util.Map;

/**
 * A task an incident of this playbook creates, due {@code due} after the incident opens.
 *
 * @param template optional notification template the task is about (validated to exist)
 */
public record TaskTemplate(String id, Map<String, String> title, Capability capability, Duration due,
                           String template) {
    public TaskTemplate {
        title = Map.copyOf(title);
    }

    public String title(String locale) {
        return Texts.pick(title, locale, id);
    }
}
