package io.lifeboat.exposure;

/** Distances on the Earth as a sphere of mean radius (haversine): good to ~0.5 % anywhere. */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Kilometres per degree of latitude (and of longitude at the equator). */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A box that surely contains every point within {@code km} of (lat, lon). */
    public static BoundingBox around(double lat, double lon, double km) {
        double dLat = km / KM_PER_DEGREE;
        double minLat = lat - dLat;
        double maxLat = lat + dLat;
        if (minLat <= -90 || maxLat >= 90) return new BoundingBox(minLat, maxLat, -180, 180);
        double cos = Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat))));
        double dLon = km / (KM_PER_DEGREE * cos);
        if (dLon >= 180 || lon - dLon < -180 || lon + dLon > 180) {
            // Crossing the antimeridian: widen to every longitude rather than split the box.
            return new BoundingBox(minLat, maxLat, -180, 180);
        }
        return new BoundingBox(minLat, maxLat, lon - dLon, lon + dLon);
    }
}
