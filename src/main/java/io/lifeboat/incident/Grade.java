package io.lifeboat.incident;

import io.lifeboat.playbook.Texts;
import java.util.Map;

/** An incident's grade under a regulator profile; {@code none} is below the reporting thresholds. */
public record Grade(String id, Map<String, String> name) {
    public static final Grade NONE = new Grade("none",
            Map.of("en", "below reporting thresholds", "zh-CN", "未达分级标准"));

    public Grade {
        name = Map.copyOf(name);
    }

    public boolean reportable() {
        return !"none".equals(id);
    }

    public String name(String locale) {
        return Texts.pick(name, locale, id);
    }
}
