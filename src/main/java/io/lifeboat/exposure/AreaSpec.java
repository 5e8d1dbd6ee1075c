package io.lifeboat.exposure;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Parses the {@code --area} syntax of the interface contract:
 * {@code region:CODE[,CODE...]}, {@code circle:LAT,LON,RADIUS_KM}, {@code polygon:LAT,LON;LAT,LON;...},
 * {@code @FILE.geojson}, and {@code geojson:{...}} (inline, as incidents store it).
 */
public final class AreaSpec {
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})*");

    private AreaSpec() {
    }

    public static Area parse(String spec) {
        String s = spec.strip();
        if (s.startsWith("@")) return geojsonFile(s.substring(1));
        int colon = s.indexOf(':');
        if (colon < 0) throw bad(spec, "expected region:CODE, circle:LAT,LON,KM, polygon:LAT,LON;... or @FILE.geojson");
        String kind = s.substring(0, colon).toLowerCase(Locale.ROOT);
        String body = s.substring(colon + 1).strip();
        return switch (kind) {
            case "region" -> region(spec, body);
            case "circle" -> circle(spec, body);
            case "polygon" -> polygon(spec, body);
            case "geojson" -> geojsonText(spec, body);
            default -> throw bad(spec, "unknown area kind '" + kind + "'; expected region, circle, polygon or @FILE");
        };
    }

    public static AreaSet parseAll(List<String> specs) {
        List<Area> areas = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String spec : specs) {
            try {
                areas.add(parse(spec));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new AreaSet(areas);
    }

    private static Area region(String spec, String body) {
        List<String> codes = new ArrayList<>();
        for (String part : body.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!REGION.matcher(code).matches()) {
                throw bad(spec, "'" + part.strip() + "' is not a region code (ISO 3166 style: CN, CN-GD, CN-GD-SZ)");
            }
            if (!codes.contains(code)) codes.add(code);
        }
        return new RegionArea(codes);
    }

    private static Area circle(String spec, String body) {
        String[] parts = body.split(",");
        if (parts.length != 3) throw bad(spec, "expected circle:LAT,LON,RADIUS_KM");
        double lat = number(spec, parts[0], "latitude", -90, 90);
        double lon = number(spec, parts[1], "longitude", -180, 180);
        double km = number(spec, parts[2], "radius (km)", 0, 20_000);
        if (km <= 0) throw bad(spec, "the radius must be more than 0 km");
        return new CircleArea(lat, lon, km);
    }

    private static Area polygon(String spec, String body) {
        List<Coordinate> points = new ArrayList<>();
        for (String pair : body.split(";")) {
            if (pair.isBlank()) continue;
            String[] ll = pair.split(",");
            if (ll.length != 2) throw bad(spec, "'" + pair.strip() + "' is not LAT,LON");
            double lat = number(spec, ll[0], "latitude", -90, 90);
            double lon = number(spec, ll[1], "longitude", -180, 180);
            points.add(new Coordinate(lon, lat));
        }
        try {
            Polygon p = PolygonArea.GEOMETRY.createPolygon(Rings.close(points, "polygon"));
            if (!p.isValid()) throw bad(spec, "the polygon's edges cross each other; list the corners in order around it");
            return new PolygonArea(p);
        } catch (GeoJson.GeoJsonException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static Area geojsonFile(String file) {
        Path path = Path.of(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.general(file, Files.exists(path) ? "cannot read: " + e.getMessage()
                    : "no such file (--area @FILE.geojson)"));
        }
        try {
            return new PolygonArea(GeoJson.read(text));
        } catch (GeoJson.GeoJsonException e) {
            throw new InvalidInputException(new Problem(file, e.line(), e.column(), null, e.getMessage()));
        }
    }

    private static Area geojsonText(String spec, String text) {
        try {
            Geometry g = GeoJson.read(text);
            return new PolygonArea(g);
        } catch (GeoJson.GeoJsonException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static double number(String spec, String text, String what, double min, double max) {
        try {
            double d = Double.parseDouble(text.strip());
            if (!(d >= min && d <= max)) throw bad(spec, what + " " + text.strip() + " is outside " + number(min) + ".." + number(max));
            return d;
        } catch (NumberFormatException e) {
            throw bad(spec, "'" + text.strip() + "' is not a number (" + what + ")");
        }
    }

    private static InvalidInputException bad(String spec, String reason) {
        return new InvalidInputException(Problem.general("--area " + spec, reason));
    }

    /** Shortest plain decimal for a double, for specs and messages. */
    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
