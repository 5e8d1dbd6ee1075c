package io.lifeboat.incident;

import io.lifeboat.exposure.ExposureSummary;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Task;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code incident show} tells a duty manager in one screen: who is affected (by region, kind,
 * need and priority), what must be done by when, the grade and the report deadline.
 */
public record IncidentSummary(Incident incident, Grade grade, long bookings, long travelers, long segments,
                              Map<String, Integer> bookingsByRegion, Map<String, Integer> segmentsByKind,
                              Map<String, Integer> bookingsByNeed, Map<Integer, Integer> bookingsByPriority,
                              int inTripBookings, List<Task> tasks, int tasksOverdue) {

    static IncidentSummary of(Incident incident, Grade grade, List<IncidentSegment> affected, List<Task> tasks,
                              long nowMs) {
        Set<String> seen = new HashSet<>();
        long travelers = 0;
        int inTrip = 0;
        Map<String, Integer> regions = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> needs = new TreeMap<>();
        Map<Integer, Integer> priorities = new TreeMap<>((a, b) -> b - a);
        for (IncidentSegment s : affected) {
            kinds.merge(s.segment().kind().code(), 1, Integer::sum);
            if (!seen.add(s.segment().bookingId())) continue;
            travelers += s.segment().partySize();
            if (s.inTrip()) inTrip++;
            regions.merge(s.segment().region(), 1, Integer::sum);
            for (String n : s.segment().needs()) needs.merge(n, 1, Integer::sum);
            priorities.merge(s.priority(), 1, Integer::sum);
        }
        int overdue = (int) tasks.stream().filter(t -> t.overdueAt(nowMs)).count();
        return new IncidentSummary(incident, grade, seen.size(), travelers, affected.size(), ExposureSummary.sorted(regions),
                ExposureSummary.sorted(kinds), ExposureSummary.sorted(needs), priorities, inTrip, tasks, overdue);
    }
}
