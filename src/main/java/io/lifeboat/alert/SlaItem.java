package io.lifeboat.alert;

import java.time.Instant;

/**
 * Something past its deadline in an open incident.
 *
 * @param kind  {@code task_overdue}, {@code report_past_due}, or a kind a plugged-in {@link SlaSource} defines
 *              (the notification part adds {@code reply_overdue})
 * @param item  what it is within the incident: a task id, {@code regulator}, a booking id
 */
public record SlaItem(String kind, long incidentId, String incidentTitle, boolean drill, String item, String title,
                      Instant due, long overdueSeconds) {
    public static final String TASK_OVERDUE = "task_overdue";
    public static final String REPORT_PAST_DUE = "report_past_due";
    public static final String REPLY_OVERDUE = "reply_overdue";
}
