package io.lifeboat.drill;

import java.util.Map;

/**
 * Something that happened during a drill and may prove an expected action: an audit entry of the drill
 * incident ({@code expectedId} null), or an observer's log line naming the expected action it records.
 */
public record Occurrence(long atMs, String actor, String action, Map<String, Object> details, String expectedId,
                         String note) {
    public static final String LOG = "drill.log";

    public Occurrence {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    public static Occurrence logged(String expectedId, long atMs, String actor, String note) {
        return new Occurrence(atMs, actor, LOG, Map.of(), expectedId, note);
    }

    public boolean isLog() {
        return expectedId != null;
    }
}
