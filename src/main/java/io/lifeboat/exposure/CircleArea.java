package io.lifeboat.exposure;

/** Every point within {@code radiusKm} (great circle, edge included) of a centre. */
public record CircleArea(double lat, double lon, double radiusKm) implements Area {

    @Override
    public BoundingBox bounds() {
        return GreatCircle.around(lat, lon, radiusKm);
    }

    @Override
    public boolean contains(String region, double pLat, double pLon) {
        return GreatCircle.km(lat, lon, pLat, pLon) <= radiusKm;
    }

    @Override
    public Area buffered(double km) {
        return km <= 0 ? this : new CircleArea(lat, lon, radiusKm + km);
    }

    @Override
    public String spec() {
        return "circle:" + AreaSpec.number(lat) + "," + AreaSpec.number(lon) + "," + AreaSpec.number(radiusKm);
    }
}
