package io.lifeboat.playbook;

import java.util.Map;

/**
 * Who answers for incidents of this playbook: the regulator report's contact person, and the name suppliers
 * are given to call back. Shown masked in tables unless {@code --reveal}.
 *
 * @param name  per locale
 * @param phone E.164 ({@code +8613800138000}), or null
 * @param email or null
 */
public record Contact(Map<String, String> name, String phone, String email) {
    public Contact {
        name = Map.copyOf(name);
    }

    public String name(String locale) {
        return Texts.pick(name, locale, "");
    }
}
