package io.lifeboat.playbook;

import java.util.Map;

/**
 * A message in several locales and channels, in mustache (logic-less) syntax.
 *
 * @param audience {@code traveler}, {@code supplier} or {@code regulator}
 * @param sms      per locale: the SMS text
 * @param email    per locale: subject and body
 */
public record Template(String audience, Map<String, String> sms, Map<String, EmailText> email) {
    public Template {
        sms = sms == null ? Map.of() : Map.copyOf(sms);
        email = email == null ? Map.of() : Map.copyOf(email);
    }

    /** An e-mail's subject and body. */
    public record EmailText(String subject, String body) {
    }
}
