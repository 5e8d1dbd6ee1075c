package io.lifeboat.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeoJsonTest {
    private static final String SQUARE = "[[113.5,22.1],[114.5,22.1],[114.5,22.9],[113.5,22.9],[113.5,22.1]]";

    @Test
    void readsFeaturesAndWritesTheSameGeometryBack() throws Exception {
        Geometry g = GeoJson.read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"Pearl River Delta\",\"level\":3,\"ok\":true,\"none\":null},\"geometry\":{\"type\":"
                + "\"Polygon\",\"coordinates\":[" + SQUARE + "]}},{\"type\":\"Feature\",\"geometry\":{\"type\":"
                + "\"Point\",\"coordinates\":[1,2]}}]}");
        assertThat(GeoJson.write(g)).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
        assertThat(GeoJson.read(GeoJson.write(g)).equalsExact(g)).isTrue();
        Geometry two = GeoJson.read("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[["
                + "[120,23],[121,23],[121,24],[120,23]]]]}");
        assertThat(GeoJson.write(two)).startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[113.5,22.1],");
        assertThat(GeoJson.read(GeoJson.write(two)).equalsExact(two)).isTrue();
    }

    @Test
    void badJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> GeoJson.read("{\"type\": \"Polygon\",\n \"coordinates\": [[[1,2],[3,4]"))
                .isInstanceOfSatisfying(GeoJson.GeoJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("not valid JSON: ");
                });
        assertThatThrownBy(() -> GeoJson.read("")).hasMessage("expected a GeoJSON object");
        assertThatThrownBy(() -> GeoJson.read("[1]")).hasMessage("expected a GeoJSON object");
        assertThatThrownBy(() -> GeoJson.read("{\"type\":\"Polygon\",\"coordinates\":[[[1,\"a\"],[2,2],[3,3],[1,1]]]}"))
                .hasMessageContaining("expected [longitude, latitude]");
    }
}
