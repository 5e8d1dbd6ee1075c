package io.lifeboat.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks a text from a per-locale map: exact locale, then for Chinese the reader's script (zh-TW and zh-HK
 * read zh-Hant; zh-SG reads zh-CN) before the other, then language, then English, then Chinese, then any.
 */
public final class Texts {
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");
    private static final List<String> TRADITIONAL = List.of("zh-Hant", "zh-TW", "zh-HK", "zh-MO");
    private static final List<String> SIMPLIFIED = List.of("zh-Hans", "zh-CN", "zh-SG");

    private Texts() {
    }

    public static String pick(Map<String, String> texts, String locale, String fallback) {
        if (texts == null || texts.isEmpty()) return fallback;
        if (locale != null) {
            String exact = texts.get(locale);
            if (exact != null) return exact;
            for (String same : sameScript(locale)) {
                if (texts.containsKey(same)) return texts.get(same);
            }
            int dash = locale.indexOf('-');
            if (dash > 0) {
                String lang = texts.get(locale.substring(0, dash));
                if (lang != null) return lang;
            }
        }
        for (String l : new String[] {"en", "zh-CN"}) {
            if (texts.containsKey(l)) return texts.get(l);
        }
        return texts.values().iterator().next();
    }

    /**
     * For Chinese, the tags of the reader's script, then of the other one: a reader of Traditional is not sent
     * Simplified while Traditional exists, but reads it far better than English.
     */
    private static List<String> sameScript(String locale) {
        Locale l = Locale.forLanguageTag(locale);
        if (!"zh".equals(l.getLanguage())) return List.of();
        boolean traditional = "Hant".equals(l.getScript())
                || (l.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(l.getCountry()));
        List<String> order = new ArrayList<>(traditional ? TRADITIONAL : SIMPLIFIED);
        order.addAll(traditional ? SIMPLIFIED : TRADITIONAL);
        return order;
    }
}
