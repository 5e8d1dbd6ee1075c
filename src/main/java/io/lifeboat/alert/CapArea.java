package io.lifeboat.alert;

import java.util.List;

/**
 * One {@code <area>}: its description and shapes. Coordinates are kept as plain numbers; geometry is
 * built only when an alert is matched against bookings.
 *
 * @param polygons each a flat array {@code lat0, lon0, lat1, lon1, ...}, first point repeated last
 * @param circles  each {@code {lat, lon, radiusKm}}
 */
public record CapArea(String description, List<double[]> polygons, List<double[]> circles, List<Geocode> geocodes) {
    public CapArea {
        polygons = List.copyOf(polygons);
        circles = List.copyOf(circles);
        geocodes = List.copyOf(geocodes);
    }

    /** A {@code <geocode>}: a coding scheme's name and a code in it (SAME 006109, FIPS6 032013). */
    public record Geocode(String valueName, String value) {
    }
}
