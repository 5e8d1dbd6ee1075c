package io.lifeboat.exposure;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;

/** Builds closed rings from user-given points, closing them if the user did not repeat the first point. */
final class Rings {
    private Rings() {
    }

    static LinearRing close(List<Coordinate> points, String where) throws GeoJson.GeoJsonException {
        List<Coordinate> cs = new ArrayList<>(points);
        if (cs.size() >= 2 && cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.remove(cs.size() - 1);
        long distinct = cs.stream().map(c -> c.x + "," + c.y).distinct().count();
        if (distinct < 3) {
            throw new GeoJson.GeoJsonException(0, 0, where + ": a polygon needs at least 3 distinct points");
        }
        cs.add(new Coordinate(cs.get(0)));
        return PolygonArea.GEOMETRY.createLinearRing(cs.toArray(new Coordinate[0]));
    }
}
