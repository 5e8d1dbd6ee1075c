package io.lifeboat.exposure;

/**
 * Where a crisis is. A segment is in the area when its region code or its coordinates say so.
 * Every shape knows its index prefilter: a region list, or a bounding box.
 */
public sealed interface Area permits RegionArea, CircleArea, PolygonArea {

    /** The box to ask the spatial index for, or null for areas defined by region codes. */
    BoundingBox bounds();

    /** The exact test, after the index prefilter. */
    boolean contains(String region, double lat, double lon);

    /** This area grown by {@code km} in every direction (playbooks' {@code match.buffer_km}). */
    Area buffered(double km);

    /** The spec that recreates this area, for storing with an incident and for messages. */
    String spec();
}
