package io.lifeboat.cli;

import io.lifeboat.playbook.PlaybookCatalog;

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

    /** The locale for people's texts: see {@link Env#language()}. */
    public static String displayLocale(Env env) {
        return env.language();
    }
}
