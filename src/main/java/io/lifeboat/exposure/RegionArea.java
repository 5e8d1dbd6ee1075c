package io.lifeboat.exposure;

import java.util.List;

/**
 * Region codes in ISO 3166 style. {@code CN} matches {@code CN}, {@code CN-GD} and {@code CN-GD-SZ}:
 * a prefix match only at a {@code -} boundary, so {@code CN-GD} never matches {@code CN-GDX}.
 */
public record RegionArea(List<String> codes) implements Area {

    public RegionArea {
        codes = List.copyOf(codes);
    }

    @Override
    public BoundingBox bounds() {
        return null;
    }

    @Override
    public boolean contains(String region, double lat, double lon) {
        for (String code : codes) {
            if (matches(code, region)) return true;
        }
        return false;
    }

    public static boolean matches(String code, String region) {
        return region.equals(code) || (region.startsWith(code) && region.charAt(code.length()) == '-');
    }

    /** A region has no geometry here, so a distance buffer does not change it. */
    @Override
    public Area buffered(double km) {
        return this;
    }

    @Override
    public String spec() {
        return "region:" + String.join(",", codes);
    }
}
