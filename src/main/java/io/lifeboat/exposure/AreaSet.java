package io.lifeboat.exposure;

import java.util.ArrayList;
import java.util.List;

/** Several {@code --area} options: a segment is affected when any of them contains it (a union). */
public record AreaSet(List<Area> areas) {

    public AreaSet {
        areas = List.copyOf(areas);
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }

    public boolean contains(String region, double lat, double lon) {
        for (Area a : areas) {
            if (a.contains(region, lat, lon)) return true;
        }
        return false;
    }

    public AreaSet buffered(double km) {
        if (km <= 0) return this;
        List<Area> out = new ArrayList<>();
        for (Area a : areas) out.add(a.buffered(km));
        return new AreaSet(out);
    }

    public List<String> specs() {
        return areas.stream().map(Area::spec).toList();
    }
}
