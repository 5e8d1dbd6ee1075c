package io.lifeboat.playbook;

import java.util.Map;

/** Picks a text from a per-locale map: exact locale, then language, then English, then Chinese, then any. */
public final class Texts {
    private Texts() {
    }

    public static String pick(Map<String, String> texts, String locale, String fallback) {
        if (texts == null || texts.isEmpty()) return fallback;
        if (locale != null) {
            String exact = texts.get(locale);
            if (exact != null) return exact;
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
}
