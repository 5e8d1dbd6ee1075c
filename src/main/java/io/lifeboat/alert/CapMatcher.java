package io.lifeboat.alert;

import io.lifeboat.playbook.CapTrigger;
import io.lifeboat.playbook.Playbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which playbook an alert opens: the first playbook (in catalog order) whose {@code triggers.cap} matches one
 * of the alert's {@code <info>} blocks, tried in the reader's language preference. An event matches when it
 * contains one of the trigger's event names (case-insensitive); severity, urgency and certainty must reach the
 * trigger's minimums on CAP's scales.
 */
public final class CapMatcher {
    static final List<String> SEVERITY = List.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    static final List<String> URGENCY = List.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final List<String> CERTAINTY = List.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

    private CapMatcher() {
    }

    /** A playbook and the info block that matched it. */
    public record Hit(Playbook playbook, CapInfo info) {
    }

    public static Hit match(List<Playbook> playbooks, CapAlert alert, List<String> languages) {
        for (CapInfo info : byLanguage(alert.infos(), languages)) {
            for (Playbook pb : playbooks) {
                CapTrigger t = pb.triggers() == null ? null : pb.triggers().cap();
                if (t != null && matches(t, info)) return new Hit(pb, info);
            }
        }
        return null;
    }

    public static boolean matches(CapTrigger t, CapInfo info) {
        if (info.event() == null) return false;
        String event = info.event().toLowerCase(Locale.ROOT);
        boolean named = false;
        for (String e : t.events()) {
            if (!e.isBlank() && event.contains(e.toLowerCase(Locale.ROOT))) {
                named = true;
                break;
            }
        }
        return named && atLeast(SEVERITY, info.severity(), t.minSeverity())
                && atLeast(URGENCY, info.urgency(), t.minUrgency())
                && atLeast(CERTAINTY, "Very Likely".equals(info.certainty()) ? "Likely" : info.certainty(),
                        t.minCertainty());
    }

    /** Whether {@code value} is at least {@code minimum} on a scale listed strongest first. */
    static boolean atLeast(List<String> scale, String value, String minimum) {
        if (minimum == null || minimum.isBlank()) return true;
        int v = indexOf(scale, value);
        int m = indexOf(scale, minimum);
        return v >= 0 && m >= 0 && v <= m && !"Unknown".equalsIgnoreCase(value);
    }

    private static int indexOf(List<String> scale, String value) {
        if (value == null) return -1;
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).equalsIgnoreCase(value)) return i;
        }
        return -1;
    }

    /**
     * The info blocks in preference order: a language of {@code languages} exactly, then the same primary
     * language, then English, then document order.
     */
    public static List<CapInfo> byLanguage(List<CapInfo> infos, List<String> languages) {
        List<CapInfo> out = new ArrayList<>(infos);
        out.sort(Comparator.comparingInt(i -> score(i.language(), languages)));
        return out;
    }

    /** The preferred info block, or null when the alert has none. */
    public static CapInfo preferred(List<CapInfo> infos, List<String> languages) {
        List<CapInfo> sorted = byLanguage(infos, languages);
        return sorted.isEmpty() ? null : sorted.get(0);
    }

    private static int score(String language, List<String> preferred) {
        String lang = language == null ? "en-us" : language.toLowerCase(Locale.ROOT);
        String primary = primary(lang);
        for (int p = 0; p < preferred.size(); p++) {
            if (lang.equals(preferred.get(p).toLowerCase(Locale.ROOT))) return p * 2;
        }
        for (int p = 0; p < preferred.size(); p++) {
            if (primary.equals(primary(preferred.get(p).toLowerCase(Locale.ROOT)))) return p * 2 + 1;
        }
        return primary.equals("en") ? preferred.size() * 2 : preferred.size() * 2 + 1;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
