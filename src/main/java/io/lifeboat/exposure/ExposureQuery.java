package io.lifeboat.exposure;

import io.lifeboat.model.SegmentKind;
import java.util.Set;

/** Who of ours is in this area during this window: areas (a union), a half-open window, kinds (empty = all). */
public record ExposureQuery(AreaSet areas, TimeWindow window, Set<SegmentKind> kinds) {
    public ExposureQuery {
        kinds = Set.copyOf(kinds);
    }
}
