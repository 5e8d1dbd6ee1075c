package io.lifeboat.playbook;

import io.lifeboat.model.SegmentKind;
import java.util.List;
import java.util.Map;

/**
 * A prepared alternative offered to travelers whose segment of a {@code replaces} kind is lost (the seeds'
 * port-city cultural day instead of the sea day; a quieter route when the main site is closed). Its text in
 * the traveler's locale is the template variable {@code alternative}.
 */
public record Alternative(String id, List<SegmentKind> replaces, Map<String, String> text) {
    public Alternative {
        replaces = List.copyOf(replaces);
        text = Map.copyOf(text);
    }

    public String text(String locale) {
        return Texts.pick(text, locale, "");
    }

    /** Whether this alternative stands in for a segment of {@code kind}. */
    public boolean replaces(SegmentKind kind) {
        return replaces.contains(kind);
    }
}
