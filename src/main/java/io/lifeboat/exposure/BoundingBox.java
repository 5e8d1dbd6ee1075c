package io.lifeboat.exposure;

/** A latitude/longitude rectangle for the index prefilter; it may be larger than the area, never smaller. */
public record BoundingBox(double minLat, double maxLat, double minLon, double maxLon) {
    public static final BoundingBox WORLD = new BoundingBox(-90, 90, -180, 180);

    public BoundingBox {
        minLat = Math.max(-90, minLat);
        maxLat = Math.min(90, maxLat);
        minLon = Math.max(-180, minLon);
        maxLon = Math.min(180, maxLon);
    }
}
