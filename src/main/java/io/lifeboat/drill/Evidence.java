package io.lifeboat.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What proves an expected action: an audit action (as named in the audit contract) whose details carry the
 * given values, e.g. {@code task.done} with {@code task: notify-travelers}, {@code notify.export} with
 * {@code audience: regulator}; or {@code manual}, an entry of the observer's log.
 */
public record Evidence(String action, Map<String, String> details) {
    public static final String MANUAL = "manual";

    /** The audit actions a drill may score from. {@code notify.send} is absent: nothing is sent in a drill. */
    public static final List<String> ACTIONS = List.of(MANUAL, "task.done", "notify.draft", "notify.approve",
            "notify.export", "notify.reply", "realloc.plan", "realloc.accept", "incident.update", "incident.close");

    public Evidence {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public boolean manual() {
        return MANUAL.equals(action);
    }

    /** The detail field a short form {@code ACTION:VALUE} names: the task of a task, the audience of a notice. */
    public static String shortField(String action) {
        if (action.startsWith("task.")) return "task";
        if (action.startsWith("notify.")) return "audience";
        return null;
    }

    /** {@code task.done:notify-travelers}, {@code realloc.accept}, {@code manual}. */
    public String describe() {
        String field = shortField(action);
        if (details.isEmpty()) return action;
        if (field != null && details.size() == 1 && details.containsKey(field)) return action + ":" + details.get(field);
        StringBuilder sb = new StringBuilder(action);
        details.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    /** Whether an audit entry of {@code entryAction} with these {@code entryDetails} proves this action. */
    public boolean matches(String entryAction, Map<String, Object> entryDetails) {
        if (manual() || !action.equals(entryAction)) return false;
        for (Map.Entry<String, String> want : details.entrySet()) {
            Object have = entryDetails.get(want.getKey());
            if (have == null || !want.getValue().equals(String.valueOf(have))) return false;
        }
        return true;
    }
}
