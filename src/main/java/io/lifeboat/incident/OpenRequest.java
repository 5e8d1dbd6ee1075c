package io.lifeboat.incident;

import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.playbook.Playbook;
import java.time.Instant;

/**
 * What the duty manager (or cron, or a drill) asks for when opening an incident.
 *
 * @param window    the event's window; required for area incidents, optional for booking incidents
 * @param source    what opened it: {@code manual}, {@code cap:SENDER/ID}, {@code triage:MESSAGE_ID}, {@code drill:RUN}
 */
public record OpenRequest(Playbook playbook, AreaSet areas, TimeWindow window, String bookingId, String title,
                          boolean drill, boolean force, RegulatorProfile regulator, String source, String actor,
                          Instant now) {
}
