package io.lifeboat.playbook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to tell whom. {@code templates} are named; {@code send} says which template each audience
 * ({@code traveler}, {@code supplier}, {@code regulator}) gets.
 *
 * @param channels        traveler channels in order of use and of escalation ({@code sms}, {@code email})
 * @param escalateAfter   how long to wait for a traveler's reply before the next channel
 * @param smsSegmentLimit warn when one SMS needs more segments than this
 */
public record Notifications(List<String> channels, Duration escalateAfter, int smsSegmentLimit,
                            Map<String, String> send, Map<String, Template> templates) {
    public Notifications {
        channels = List.copyOf(channels);
        send = Map.copyOf(send);
        templates = Map.copyOf(templates);
    }
}
