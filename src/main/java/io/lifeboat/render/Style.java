package io.lifeboat.render;

import picocli.CommandLine.Help.Ansi;

/**
 * Colour and emphasis, only ever through picocli's {@link Ansi}: AUTO honours NO_COLOR and is off
 * when output is not a terminal, so pipes and files never receive escape codes.
 */
public final class Style {
    private final boolean enabled;

    public Style(Ansi ansi) {
        this.enabled = ansi.enabled();
    }

    public static Style plain() {
        return new Style(Ansi.OFF);
    }

    public boolean enabled() {
        return enabled;
    }

    public String header(String s) {
        return wrap(s, Ansi.Style.bold);
    }

    public String bold(String s) {
        return wrap(s, Ansi.Style.bold);
    }

    public String warn(String s) {
        return wrap(s, Ansi.Style.fg_yellow);
    }

    public String bad(String s) {
        return wrap(s, Ansi.Style.fg_red);
    }

    public String good(String s) {
        return wrap(s, Ansi.Style.fg_green);
    }

    public String faint(String s) {
        return wrap(s, Ansi.Style.faint);
    }

    private String wrap(String s, Ansi.Style st) {
        return enabled && !s.isEmpty() ? st.on() + s + st.off() + Ansi.Style.reset.on() : s;
    }
}
