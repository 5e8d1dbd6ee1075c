package io.lifeboat.exposure;

import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.store.Database;
import io.lifeboat.store.ExposureRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs an exposure query: asks the index for candidates of each area, applies the exact test (region
 * prefix, great-circle distance, point in polygon), unites the areas and orders the result by booking.
 */
public final class Exposure {
    private final ExposureRepository repository;

    public Exposure(Database db) {
        this.repository = new ExposureRepository(db);
    }

    public List<ExposedSegment> find(ExposureQuery query) {
        long from = query.window().from().toEpochMilli();
        long until = query.window().until().toEpochMilli();
        Set<SegmentKind> kinds = query.kinds().isEmpty() ? Set.of() : EnumSet.copyOf(query.kinds());
        Set<Long> seen = new HashSet<>();
        List<ExposedSegment> out = new ArrayList<>();
        for (Area area : query.areas().areas()) {
            if (area instanceof RegionArea region) {
                for (String code : region.codes()) {
                    repository.inRegion(code, from, until, kinds, (id, r, lat, lon) -> seen.add(id), out::add);
                }
            } else {
                BoundingBox box = area.bounds();
                repository.inBox(box.minLat(), box.maxLat(), box.minLon(), box.maxLon(), from, until, kinds,
                        (id, r, lat, lon) -> area.contains(r, lat, lon) && seen.add(id), out::add);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** By booking, then sequence; written out (not composed from key extractors) as it sorts 50,000 rows. */
    public static final Comparator<ExposedSegment> ORDER = (a, b) -> {
        int byBooking = a.bookingId().compareTo(b.bookingId());
        return byBooking != 0 ? byBooking : Integer.compare(a.seq(), b.seq());
    };
}
