package io.lifeboat.notify;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which locale's template a reader gets: their exact locale; for Traditional Chinese readers (zh-TW, zh-HK,
 * zh-MO, zh-Hant) the {@code zh-Hant} template if present, else {@code zh-CN}; for other Chinese readers
 * {@code zh-CN}; anyone else {@code en}. When even that is missing: {@code en}, then {@code zh-CN}, then the
 * first locale the template has.
 */
public final class TemplateLocale {
    public static final String SIMPLIFIED = "zh-CN";
    public static final String TRADITIONAL = "zh-Hant";
    public static final String ENGLISH = "en";
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private TemplateLocale() {
    }

    /** The locale among {@code available} (in their order) that a reader of {@code locale} gets; null if none. */
    public static String choose(String locale, Collection<String> available) {
        if (available.isEmpty()) return null;
        if (locale != null && available.contains(locale)) return locale;
        Locale l = locale == null ? Locale.ROOT : Locale.forLanguageTag(locale);
        if ("zh".equals(l.getLanguage())) {
            boolean traditional = "Hant".equals(l.getScript())
                    || (l.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(l.getCountry()));
            if (traditional && available.contains(TRADITIONAL)) return TRADITIONAL;
            if (available.contains(SIMPLIFIED)) return SIMPLIFIED;
        }
        if (available.contains(ENGLISH)) return ENGLISH;
        if (available.contains(SIMPLIFIED)) return SIMPLIFIED;
        return available.iterator().next();
    }

    /** Whether a reader of {@code locale} reads Chinese (for texts Lifeboat itself supplies). */
    static String family(String templateLocale) {
        if (templateLocale == null) return ENGLISH;
        Locale l = Locale.forLanguageTag(templateLocale);
        if (!"zh".equals(l.getLanguage())) return ENGLISH;
        boolean traditional = "Hant".equals(l.getScript()) || TRADITIONAL_REGIONS.contains(l.getCountry());
        return traditional ? TRADITIONAL : SIMPLIFIED;
    }
}
