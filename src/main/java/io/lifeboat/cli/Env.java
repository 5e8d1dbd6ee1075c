package io.lifeboat.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the process sees of its surroundings: environment variables, the clock, whether stdout and
 * stdin are terminals, the OS user. Tests build one by hand; {@link #system()} reads the real ones.
 */
public record Env(Map<String, String> variables, Clock clock, boolean stdoutTerminal, boolean stdinTerminal,
                  String user) {

    public Env {
        variables = Map.copyOf(variables);
    }

    public static Env system() {
        Map<String, String> vars = System.getenv();
        boolean tty = System.console() != null;
        String user = vars.getOrDefault("LIFEBOAT_ACTOR", System.getProperty("user.name", "unknown"));
        return new Env(vars, clockFrom(vars), tty, tty, user);
    }

    /** A quiet, non-terminal environment with a fixed clock, for tests. */
    public static Env test(Map<String, String> variables, Instant now) {
        return new Env(variables, Clock.fixed(now, ZoneId.of("UTC")), false, false, "tester");
    }

    /** The same surroundings with one variable set (the shell passes its database and actor on this way). */
    public Env with(String name, String value) {
        java.util.Map<String, String> vars = new java.util.HashMap<>(variables);
        vars.put(name, value);
        return new Env(vars, clock, stdoutTerminal, stdinTerminal, user);
    }

    public String get(String name) {
        return variables.get(name);
    }

    /** The viewer's time zone, for showing times: $TZ when set, else the system's. */
    public java.time.ZoneId zone() {
        String tz = variables.get("TZ");
        if (tz != null && !tz.isBlank()) {
            try {
                return java.time.ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (java.time.DateTimeException e) {
                // fall back to the system zone
            }
        }
        return clock.getZone();
    }

    /**
     * The viewer's language for texts kept per locale (titles, reasons, names): $LIFEBOAT_LANG, else the
     * POSIX locale ($LC_ALL, $LC_MESSAGES, $LANG; {@code zh_CN.UTF-8} becomes {@code zh-CN}), else English.
     * Regional Chinese (zh-TW, zh-HK) is left as is: {@code playbook.Texts} maps it to zh-Hant texts.
     */
    public String language() {
        for (String name : new String[] {"LIFEBOAT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = variables.get(name);
            if (v == null || v.isBlank()) continue;
            String tag = v.strip().replaceFirst("[.@].*$", "").replace('_', '-');
            if (tag.equals("C") || tag.equals("POSIX")) return "en";
            try {
                String canonical = new java.util.Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
                if (!canonical.equals("und")) return canonical;
            } catch (java.util.IllformedLocaleException e) {
                // not a usable tag: try the next variable
            }
        }
        return "en";
    }

    public boolean noColor() {
        String v = variables.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /**
     * {@code LIFEBOAT_NOW} pins "now" (an ISO-8601 instant) for rehearsals and reproducible demos;
     * otherwise the system clock.
     */
    private static Clock clockFrom(Map<String, String> vars) {
        String now = vars.get("LIFEBOAT_NOW");
        if (now == null || now.isBlank()) return new SystemClock();
        return Clock.fixed(java.time.OffsetDateTime.parse(now).toInstant(), ZoneId.systemDefault());
    }

    /**
     * The system clock, whose zone is looked up only when asked for: resolving the default zone reads
     * the whole time-zone database (tens of milliseconds), which most commands never need.
     */
    private static final class SystemClock extends Clock {
        private ZoneId zone;

        @Override
        public ZoneId getZone() {
            if (zone == null) zone = ZoneId.systemDefault();
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return Clock.system(z);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }
}
