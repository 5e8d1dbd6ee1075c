package io.lifeboat.exposure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of a GeoJSON document (RFC 7946: Polygon, MultiPolygon, Feature, FeatureCollection,
 * GeometryCollection; positions are [longitude, latitude]) and writes geometries back. The tree is built
 * straight from the streaming parser: an object mapper's set-up costs a one-shot query (a start of
 * {@code affected --area @file.geojson}) more than reading the file does.
 */
public final class GeoJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    /** The union of every polygon in the document, as one (Multi)Polygon. */
    public static Geometry read(String text) throws GeoJsonException {
        JsonNode root;
        try (JsonParser parser = FACTORY.createParser(text)) {
            root = parser.nextToken() == null ? null : tree(parser);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new GeoJsonException(line, col, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) throw new GeoJsonException(0, 0, "expected a GeoJSON object");
        List<Polygon> polygons = new ArrayList<>();
        collect(root, "$", polygons);
        if (polygons.isEmpty()) throw new GeoJsonException(0, 0, "no Polygon or MultiPolygon in the document");
        Geometry g = polygons.size() == 1 ? polygons.get(0)
                : PolygonArea.GEOMETRY.createMultiPolygon(polygons.toArray(new Polygon[0]));
        if (!g.isValid()) {
            // Overlapping features are a union, which JTS computes; a self-crossing ring is an error.
            g = g.union();
            if (!(g instanceof Polygon || g instanceof MultiPolygon) || !g.isValid()) {
                throw new GeoJsonException(0, 0, "the polygons are not valid (a ring crosses itself?)");
            }
        }
        return g;
    }

    /** The value at the parser's current token, read whole. */
    private static JsonNode tree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, tree(p));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(tree(p));
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Polygon> out) throws GeoJsonException {
        String type = node.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                if (!features.isArray()) throw new GeoJsonException(0, 0, path + ".features: expected an array");
                for (int i = 0; i < features.size(); i++) collect(features.get(i), path + ".features[" + i + "]", out);
            }
            case "Feature" -> {
                JsonNode geometry = node.path("geometry");
                if (geometry.isObject()) collect(geometry, path + ".geometry", out);
            }
            case "GeometryCollection" -> {
                JsonNode geometries = node.path("geometries");
                for (int i = 0; i < geometries.size(); i++) {
                    collect(geometries.get(i), path + ".geometries[" + i + "]", out);
                }
            }
            case "Polygon" -> out.add(polygon(node.path("coordinates"), path + ".coordinates"));
            case "MultiPolygon" -> {
                JsonNode polys = node.path("coordinates");
                if (!polys.isArray()) throw new GeoJsonException(0, 0, path + ".coordinates: expected an array");
                for (int i = 0; i < polys.size(); i++) {
                    out.add(polygon(polys.get(i), path + ".coordinates[" + i + "]"));
                }
            }
            case "Point", "MultiPoint", "LineString", "MultiLineString" -> {
                // Not an area: ignored, as GIS tools do when asked for polygons.
            }
            default -> throw new GeoJsonException(0, 0, path + ".type: '" + type + "' is not a GeoJSON type");
        }
    }

    private static Polygon polygon(JsonNode rings, String path) throws GeoJsonException {
        if (!rings.isArray() || rings.isEmpty()) throw new GeoJsonException(0, 0, path + ": expected an array of rings");
        LinearRing shell = ring(rings.get(0), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
        return PolygonArea.GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String path) throws GeoJsonException {
        if (!positions.isArray()) throw new GeoJsonException(0, 0, path + ": expected an array of positions");
        List<Coordinate> cs = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new GeoJsonException(0, 0, path + "[" + i + "]: expected [longitude, latitude]");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new GeoJsonException(0, 0, path + "[" + i + "]: [" + lon + ", " + lat
                        + "] is outside longitude -180..180 / latitude -90..90 (GeoJSON is [lon, lat])");
            }
            cs.add(new Coordinate(lon, lat));
        }
        return Rings.close(cs, path);
    }

    /** Compact GeoJSON of a Polygon or MultiPolygon. */
    public static String write(Geometry g) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            if (g instanceof Polygon p) {
                json.writeStringField("type", "Polygon");
                json.writeFieldName("coordinates");
                rings(json, p);
            } else {
                json.writeStringField("type", "MultiPolygon");
                json.writeArrayFieldStart("coordinates");
                for (int i = 0; i < g.getNumGeometries(); i++) rings(json, (Polygon) g.getGeometryN(i));
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rings(JsonGenerator json, Polygon p) throws IOException {
        json.writeStartArray();
        positions(json, p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) positions(json, p.getInteriorRingN(i).getCoordinates());
        json.writeEndArray();
    }

    private static void positions(JsonGenerator json, Coordinate[] cs) throws IOException {
        json.writeStartArray();
        for (Coordinate c : cs) {
            json.writeStartArray();
            json.writeNumber(c.x);
            json.writeNumber(c.y);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** A GeoJSON problem, with the JSON line and column when the parser knows them. */
    public static final class GeoJsonException extends Exception {
        private final long line;
        private final long column;

        GeoJsonException(long line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public long line() {
            return line;
        }

        public long column() {
            return column;
        }
    }
}
