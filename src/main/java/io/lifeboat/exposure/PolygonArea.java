package io.lifeboat.exposure;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A polygon or multipolygon (holes allowed, concave fine), in longitude/latitude degrees. A point on
 * the boundary is inside. With a buffer, points within {@code bufferKm} of the boundary are inside too.
 */
public final class PolygonArea implements Area {
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Geometry geometry;
    private final PreparedGeometry prepared;
    private final double bufferKm;

    public PolygonArea(Geometry geometry) {
        this(geometry, 0);
    }

    private PolygonArea(Geometry geometry, double bufferKm) {
        this.geometry = geometry;
        this.prepared = PreparedGeometryFactory.prepare(geometry);
        this.bufferKm = bufferKm;
    }

    public Geometry geometry() {
        return geometry;
    }

    public double bufferKm() {
        return bufferKm;
    }

    @Override
    public BoundingBox bounds() {
        Envelope e = geometry.getEnvelopeInternal();
        if (bufferKm <= 0) return new BoundingBox(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX());
        double dLat = bufferKm / GreatCircle.KM_PER_DEGREE;
        double maxAbsLat = Math.min(89.9, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())) + dLat);
        double dLon = bufferKm / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(maxAbsLat)));
        return new BoundingBox(e.getMinY() - dLat, e.getMaxY() + dLat, e.getMinX() - dLon, e.getMaxX() + dLon);
    }

    @Override
    public boolean contains(String region, double lat, double lon) {
        if (prepared.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)))) return true;
        return bufferKm > 0 && distanceToBoundaryKm(lat, lon) <= bufferKm;
    }

    @Override
    public Area buffered(double km) {
        return km <= 0 ? this : new PolygonArea(geometry, bufferKm + km);
    }

    /**
     * Distance from a point to the nearest edge, measured in a local equirectangular projection centred on
     * the point: accurate to well under 1 % for the tens of kilometres a buffer spans.
     */
    double distanceToBoundaryKm(double lat, double lon) {
        double kx = GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double ky = GreatCircle.KM_PER_DEGREE;
        double best = Double.MAX_VALUE;
        for (int g = 0; g < geometry.getNumGeometries(); g++) {
            Polygon p = (Polygon) geometry.getGeometryN(g);
            best = Math.min(best, ringDistance(p.getExteriorRing(), lat, lon, kx, ky));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                best = Math.min(best, ringDistance(p.getInteriorRingN(h), lat, lon, kx, ky));
            }
        }
        return best;
    }

    private static double ringDistance(LineString ring, double lat, double lon, double kx, double ky) {
        double best = Double.MAX_VALUE;
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 1; i < cs.length; i++) {
            double ax = (cs[i - 1].x - lon) * kx;
            double ay = (cs[i - 1].y - lat) * ky;
            double bx = (cs[i].x - lon) * kx;
            double by = (cs[i].y - lat) * ky;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx;
            double py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }

    /** The unbuffered shape: incidents store the area and the playbook's buffer separately. */
    @Override
    public String spec() {
        if (geometry instanceof Polygon p && p.getNumInteriorRing() == 0) {
            StringBuilder sb = new StringBuilder("polygon:");
            Coordinate[] cs = p.getExteriorRing().getCoordinates();
            for (int i = 0; i < cs.length - 1; i++) {
                if (i > 0) sb.append(';');
                sb.append(AreaSpec.number(cs[i].y)).append(',').append(AreaSpec.number(cs[i].x));
            }
            return sb.toString();
        }
        return "geojson:" + GeoJson.write(geometry);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolygonArea other && other.bufferKm == bufferKm && other.geometry.equalsExact(geometry);
    }

    @Override
    public int hashCode() {
        return geometry.getEnvelopeInternal().hashCode();
    }

    @Override
    public String toString() {
        return spec();
    }
}
