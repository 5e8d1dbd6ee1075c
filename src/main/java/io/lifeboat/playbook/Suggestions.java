package io.lifeboat.playbook;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt field names and values: the closest candidate within a few edits. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate, or null when none is near enough to be a likely typo. */
    public static String closest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) return null;
        String w = normal(word);
        int limit = Math.max(2, w.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(w, normal(c));
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    /** camelCase, kebab-case and case differences are not typos: compare them as snake_case. */
    private static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isUpperCase(ch) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) sb.append('_');
            sb.append(ch == '-' ? '_' : ch);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
