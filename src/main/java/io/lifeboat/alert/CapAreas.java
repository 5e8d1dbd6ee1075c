package io.lifeboat.alert;

import io.lifeboat.exposure.Area;
import io.lifeboat.exposure.AreaSet;
import io.lifeboat.exposure.CircleArea;
import io.lifeboat.exposure.PolygonArea;
import io.lifeboat.exposure.RegionArea;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * An info block's areas in the model of {@code --area}: each polygon and circle, and the regions its geocodes
 * map to, as one union. Geometry is built here, only for alerts being matched.
 */
public final class CapAreas {
    /** A CAP circle of radius 0 is a point; it becomes a circle of 1 m, which {@code circle:} specs accept. */
    static final double POINT_RADIUS_KM = 0.001;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private CapAreas() {
    }

    public static AreaSet of(CapInfo info, GeocodeMap geocodes) {
        List<Area> out = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        for (CapArea a : info.areas()) {
            for (double[] p : a.polygons()) {
                Area area = polygon(p);
                if (area != null) out.add(area);
            }
            for (double[] c : a.circles()) out.add(new CircleArea(c[0], c[1], Math.max(POINT_RADIUS_KM, c[2])));
            for (CapArea.Geocode g : a.geocodes()) regions.addAll(geocodes.regions(g));
        }
        if (!regions.isEmpty()) out.add(new RegionArea(List.copyOf(regions)));
        return new AreaSet(out);
    }

    /** A polygon from CAP's lat,lon pairs; self-intersecting rings are repaired rather than refused. */
    static Area polygon(double[] latLon) {
        Coordinate[] cs = new Coordinate[latLon.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(latLon[i * 2 + 1], latLon[i * 2]);
        try {
            Geometry g = GEOMETRY.createPolygon(cs);
            if (!g.isValid()) g = GeometryFixer.fix(g);
            if (g.isEmpty() || !(g instanceof Polygonal)) return null;
            return new PolygonArea(g);
        } catch (IllegalArgumentException e) {
            return null; // fewer than 4 distinct points: nothing to cover
        }
    }

    /** Whether any area has geocodes none of which the mapping knows. */
    public static boolean hasUnmappedGeocodes(CapInfo info, GeocodeMap geocodes) {
        for (CapArea a : info.areas()) {
            for (CapArea.Geocode g : a.geocodes()) {
                if (geocodes.regions(g).isEmpty()) return true;
            }
        }
        return false;
    }
}
