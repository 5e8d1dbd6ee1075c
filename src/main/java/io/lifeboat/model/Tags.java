package io.lifeboat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code ;}-separated tag lists of the CSV formats ({@code needs}, {@code features}). */
public final class Tags {
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Tags() {
    }

    /** Splits and checks a tag list; returns null and leaves a reason in {@code why[0]} when malformed. */
    public static List<String> parse(String text, String[] why) {
        if (text == null || text.isEmpty()) return List.of();
        List<String> tags = new ArrayList<>(4);
        for (String part : text.split(";", -1)) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                why[0] = "empty tag in '" + text + "' (tags are separated by ';')";
                return null;
            }
            if (!TAG.matcher(tag).matches()) {
                why[0] = "tag '" + tag + "' must be lower-case letters, digits and '-' (e.g. pollen-allergy)";
                return null;
            }
            if (!tags.contains(tag)) tags.add(tag);
        }
        return tags;
    }

    public static String join(List<String> tags) {
        return String.join(";", tags);
    }
}
