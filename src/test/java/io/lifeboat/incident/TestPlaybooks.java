package io.lifeboat.incident;

import io.lifeboat.model.SegmentKind;
import io.lifeboat.playbook.Capability;
import io.lifeboat.playbook.Match;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.Priority;
import io.lifeboat.playbook.PriorityRule;
import io.lifeboat.playbook.TaskTemplate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Playbooks built in code for domain tests that must not depend on the YAML loader. */
final class TestPlaybooks {
    private TestPlaybooks() {
    }

    static Priority priority() {
        return new Priority(0, List.of(
                new PriorityRule(List.of("medical"), null, null, null, 100, Map.of("en", "medical condition", "zh-CN", "医疗需求")),
                new PriorityRule(List.of("wheelchair"), null, null, null, 80, Map.of("en", "wheelchair user")),
                new PriorityRule(List.of("elderly", "infant"), null, null, null, 40, Map.of("en", "elderly or infant")),
                new PriorityRule(null, "vip", null, null, 30, Map.of("en", "VIP")),
                new PriorityRule(null, null, true, null, 20, Map.of("en", "already travelling")),
                new PriorityRule(null, null, null, 4, 10, null)));
    }

    static List<TaskTemplate> tasks() {
        return List.of(
                new TaskTemplate("notify-travelers", Map.of("en", "Warn affected travelers"),
                        Capability.INFO_SYNC_TRAVELERS, Duration.ofHours(2), null),
                new TaskTemplate("report-regulator", Map.of("en", "Report to the tourism authority", "zh-CN", "向旅游主管部门报告"),
                        Capability.INFO_SYNC_REGULATOR, Duration.ofHours(1), null),
                new TaskTemplate("rehouse", Map.of("en", "Re-house stranded parties"),
                        Capability.RESOURCE_ALLOCATION, Duration.ofHours(6), null));
    }

    static Playbook area(String id, List<SegmentKind> kinds, Duration lead, Duration tail, double bufferKm) {
        return new Playbook(id, Map.of("en", "Typhoon", "zh-CN", "台风"), 3, Map.of(),
                new Match(Match.AREA, kinds, lead, tail, bufferKm), priority(), tasks(), null, null, null, null,
                null, List.of(), "test:" + id);
    }

    static Playbook perBooking(String id) {
        return new Playbook(id, Map.of("en", "Traveler illness"), 1, Map.of(),
                new Match(Match.BOOKING, List.of(), Duration.ZERO, Duration.ZERO, 0), priority(), tasks(), null, null,
                null, null, null, List.of(), "test:" + id);
    }
}
