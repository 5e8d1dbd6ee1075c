package io.lifeboat.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The natural key of "the same incident": playbook, area specs (in any order), window, booking, drill.
 * A unique index over open incidents' keys makes opening idempotent even across racing processes.
 */
final class MatchKey {
    private MatchKey() {
    }

    static String of(String playbookId, List<String> areaSpecs, Long fromMs, Long untilMs, String bookingId,
                     boolean drill) {
        List<String> areas = new ArrayList<>(areaSpecs);
        areas.sort(null);
        String canonical = playbookId + "\n" + String.join("\n", areas) + "\n" + fromMs + "\n" + untilMs + "\n"
                + bookingId + "\n" + drill;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
