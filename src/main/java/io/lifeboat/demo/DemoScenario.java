package io.lifeboat.demo;

import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.TimeWindow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The demo's typhoon: a storm forecast to make landfall on the Pearl River Delta three days after the
 * start date (the 72 hours of warning the seeds' cruise line used), affecting a 300 km circle for 48 h.
 */
public record DemoScenario(String title, String areaSpec, OffsetDateTime from, OffsetDateTime until) {

    public static DemoScenario typhoon(LocalDate start) {
        OffsetDateTime from = start.plusDays(3).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        return new DemoScenario("Typhoon approaching the Pearl River Delta", "circle:21.9,114.3,300", from,
                from.plusHours(48));
    }

    public String fromText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from);
    }

    public String untilText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(until);
    }

    public AreaSet areas() {
        return AreaSpec.parseAll(List.of(areaSpec));
    }

    public TimeWindow window() {
        return new TimeWindow(from.toInstant(), until.toInstant());
    }
}
