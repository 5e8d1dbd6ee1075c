package io.lifeboat.cli;

import io.lifeboat.playbook.PlaybookCatalog;
import java.util.Locale;

/**
 * What commands need to work with playbooks: the catalog with the user folders of {@code $LIFEBOAT_PLAYBOOKS},
 * and the locale texts are shown in (for {@code incident open --playbook} as well as {@code playbook ...}).
 */
public final class Playbooks {
    public static final String FOLDERS_VARIABLE = "LIFEBOAT_PLAYBOOKS";

    private Playbooks() {
    }

    /** The shipped playbooks plus those in the {@code :}-separated folders of {@code $LIFEBOAT_PLAYBOOKS}. */
    public static PlaybookCatalog catalog(Env env) {
        return new PlaybookCatalog(PlaybookCatalog.folders(env.get(FOLDERS_VARIABLE)));
    }

    /**
     * The locale for people's texts: the POSIX locale of the environment ({@code LC_ALL}, {@code LC_MESSAGES},
     * {@code LANG}; {@code zh_CN.UTF-8} becomes {@code zh-CN}), English when unset or C/POSIX.
     */
    public static String displayLocale(Env env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v == null || v.isBlank()) continue;
            String tag = v.strip().replaceFirst("[.@].*$", "").replace('_', '-');
            if (tag.equals("C") || tag.equals("POSIX")) return "en";
            try {
                String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
                if (!canonical.equals("und")) return canonical;
            } catch (java.util.IllformedLocaleException e) {
                // not a usable tag: try the next variable
            }
        }
        return "en";
    }
}
