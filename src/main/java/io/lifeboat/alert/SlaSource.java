package io.lifeboat.alert;

import java.time.Instant;
import java.util.List;

/**
 * One kind of deadline {@code sla check} watches. The built-in sources are overdue tasks and regulator reports
 * past due ({@link SlaCheck#standard}); another part plugs in its own (notification replies past their
 * playbook's {@code escalate_after}) by implementing this and passing it to {@link SlaCheck#standard}.
 */
@FunctionalInterface
public interface SlaSource {
    /** Items of open incidents whose deadline is at or before {@code now}. */
    List<SlaItem> overdue(Instant now);
}
