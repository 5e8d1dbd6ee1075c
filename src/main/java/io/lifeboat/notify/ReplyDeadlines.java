package io.lifeboat.notify;

import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Incident;
import io.lifeboat.playbook.Playbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Travelers of open incidents who were contacted and have not answered within their playbook's
 * {@code escalate_after}: what {@code sla check} reports as {@code reply_overdue}. A booking never
 * contacted is not here (the notify tasks' deadlines cover that).
 */
public final class ReplyDeadlines {
    /** One traveler past the reply deadline; {@code dueMs} = last contact + escalate_after. */
    public record Overdue(Incident incident, String bookingId, String leadName, String lastChannel,
                          String nextChannel, long dueMs) {
    }

    private final NotifyService service;
    private final Function<Incident, Playbook> playbooks;

    /** {@code playbooks} finds each incident's playbook (its notifications section sets the wait). */
    public ReplyDeadlines(NotifyService service, Function<Incident, Playbook> playbooks) {
        this.service = service;
        this.playbooks = playbooks;
    }

    public List<Overdue> overdue(Instant now) {
        List<Overdue> out = new ArrayList<>();
        for (IncidentService.IncidentRow row : new IncidentService(service.database()).list(false, now)) {
            Incident incident = row.incident();
            if (!incident.isOpen()) continue;
            Playbook playbook = playbooks.apply(incident);
            if (playbook == null || playbook.notifications() == null) continue;
            long wait = Pending.escalateAfter(playbook.notifications()).toMillis();
            for (Pending.Row p : new Pending(service).pending(incident.id(), playbook.notifications(),
                    now.toEpochMilli())) {
                if (p.lastAtMs() == null) continue;
                out.add(new Overdue(incident, p.bookingId(), p.leadName(), p.lastChannel(), p.nextChannel(),
                        p.lastAtMs() + wait));
            }
        }
        return out;
    }
}
