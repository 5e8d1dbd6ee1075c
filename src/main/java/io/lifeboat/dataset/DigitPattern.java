package io.lifeboat.dataset;

import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.regex.Pattern;

/**
 * A numbering-plan pattern (libphonenumber's regular expressions over digits) run as a deterministic
 * automaton: one table step per digit, no matcher object, no backtracking. A million phone numbers took
 * about 0.7 s of CPU through {@link java.util.regex}, a matcher and its state allocated per pattern tried.
 *
 * <p>The automaton is built with dk.brics.automaton from the same expression, translated from Java's syntax
 * ({@code \d}, {@code (?:...)}); an expression using anything else, or input that is not ASCII digits, goes
 * to {@link Pattern} as before. {@code NumberingPlanTest} compares the whole check with libphonenumber.
 */
final class DigitPattern {
    private static final int DEAD = -1;

    private final Pattern pattern;
    /** Next state by {@code state * 10 + digit}, or {@link #DEAD}; null when the expression was not translated. */
    private final int[] next;
    private final boolean[] accept;
    private final int initial;

    private DigitPattern(Pattern pattern, int[] next, boolean[] accept, int initial) {
        this.pattern = pattern;
        this.next = next;
        this.accept = accept;
        this.initial = initial;
    }

    static DigitPattern compile(String regex) {
        Pattern pattern = Pattern.compile(regex);
        String translated = translate(regex);
        if (translated == null) return new DigitPattern(pattern, null, null, 0);
        RunAutomaton run = new RunAutomaton(new RegExp(translated, RegExp.NONE).toAutomaton(true), false);
        int states = run.getSize();
        int[] next = new int[states * 10];
        boolean[] accept = new boolean[states];
        for (int s = 0; s < states; s++) {
            accept[s] = run.isAccept(s);
            for (int d = 0; d < 10; d++) next[s * 10 + d] = run.step(s, (char) ('0' + d));
        }
        return new DigitPattern(pattern, next, accept, run.getInitialState());
    }

    /** Whether the automaton runs this pattern (not the fallback); for tests. */
    boolean isAutomaton() {
        return next != null;
    }

    /** The whole of {@code s} matches ({@link java.util.regex.Matcher#matches()}). */
    boolean matches(CharSequence s) {
        if (next == null || !digits(s)) return pattern.matcher(s).matches();
        int state = initial;
        for (int i = 0, n = s.length(); i < n; i++) {
            state = next[state * 10 + (s.charAt(i) - '0')];
            if (state == DEAD) return false;
        }
        return accept[state];
    }

    /** Some start of {@code s} matches ({@link java.util.regex.Matcher#lookingAt()}). */
    boolean matchesStart(CharSequence s) {
        if (next == null || !digits(s)) return pattern.matcher(s).lookingAt();
        int state = initial;
        if (accept[state]) return true;
        for (int i = 0, n = s.length(); i < n; i++) {
            state = next[state * 10 + (s.charAt(i) - '0')];
            if (state == DEAD) return false;
            if (accept[state]) return true;
        }
        return false;
    }

    /** The expression itself, for what needs its groups. */
    Pattern pattern() {
        return pattern;
    }

    private static boolean digits(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /**
     * Java's syntax as brics reads it with no extensions: {@code \d} becomes a digit range, {@code (?:} a plain
     * group. Null for any other escape, any other {@code (?} construct, or a character brics gives another
     * meaning (a double quote starts a literal string there).
     */
    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length() || regex.charAt(i + 1) != 'd') return null;
                out.append(inClass ? "0-9" : "[0-9]");
                i++;
            } else if (c == '"') {
                return null;
            } else if (inClass) {
                if (c == '[' || c == '&') return null; // nested classes, intersections: Java-only
                if (c == '-' && i + 1 < regex.length() && regex.charAt(i + 1) == ']') return null;
                if (c == ']') inClass = false;
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') out.append(regex.charAt(++i));
                // A leading ']' or '-' is literal in Java; brics reads it otherwise.
                if (i + 1 < regex.length() && (regex.charAt(i + 1) == ']' || regex.charAt(i + 1) == '-')) return null;
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                if (i + 2 >= regex.length() || regex.charAt(i + 2) != ':') return null;
                out.append('(');
                i += 2;
            } else if (c == '$' || c == '^') {
                return null; // anchors: brics has none
            } else if (c == '+' && out.length() > 0 && "*+?}".indexOf(out.charAt(out.length() - 1)) >= 0) {
                return null; // possessive quantifiers: Java-only, and they can change what matches
            } else {
                out.append(c);
            }
        }
        return inClass ? null : out.toString();
    }
}
