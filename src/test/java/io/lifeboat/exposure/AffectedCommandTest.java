package io.lifeboat.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exposure query through the real CLI on the fixture agency (src/test/resources/fixtures):
 * region prefixes, window edges, offsets, circles, concave polygons, GeoJSON, unions and kinds.
 */
class AffectedCommandTest {
    static final String FROM = "2026-07-01T00:00:00Z";
    static final String UNTIL = "2026-07-05T00:00:00Z";
    static final double SZ_LAT = 22.5431;
    static final double SZ_LON = 114.0579;
    static final double PEAK_LAT = 22.2759;
    static final double PEAK_LON = 114.1455;
    /** A U open to the east: the notch (lat 22.25–22.30, lon 114.0–114.3) holds the Victoria Peak tour. */
    static final String U_POLYGON = "polygon:22.2,113.8;22.6,113.8;22.6,114.3;22.30,114.3;22.30,114.0;"
            + "22.25,114.0;22.25,114.3;22.2,114.3";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void load() {
        cli = new CliRun(dir);
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
    }

    /** booking/seq keys of the affected rows, from the CSV output. */
    private List<String> affected(String... args) {
        List<String> all = new ArrayList<>(List.of("affected", "-o", "csv"));
        all.addAll(List.of(args));
        CliRun.Result r = cli.run(all.toArray(new String[0]));
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> keys = new ArrayList<>();
        r.out().lines().skip(1).forEach(l -> {
            String[] f = l.split(",");
            keys.add(f[0] + "/" + f[1]);
        });
        return keys;
    }

    private List<String> window(String area) {
        return affected("--area", area, "--from", FROM, "--until", UNTIL);
    }

    @Test
    void regionPrefixMatchesOnlyAtDashBoundaries() {
        assertThat(window("region:CN-GD")).containsExactly("B1/1", "B1/2");
        assertThat(window("region:CN-GD-SZ")).containsExactly("B1/1");
        assertThat(window("region:CN-GDX")).containsExactly("B2/1");
        assertThat(window("region:CN")).containsExactly("B1/1", "B1/2", "B2/1");
        assertThat(window("region:cn-gd")).as("codes are case-insensitive").containsExactly("B1/1", "B1/2");
        assertThat(window("region:CN-G")).isEmpty();
    }

    @Test
    void cancelledBookingsAreNeverAffected() {
        assertThat(window("region:HK")).containsExactly("B6/1", "B6/2");
    }

    @Test
    void segmentEndingExactlyAtFromIsOut() {
        // B3/2 runs 09:00–16:00 +09:00, i.e. until 07:00Z.
        assertThat(affected("--area", "region:JP-47", "--from", "2026-07-01T07:00:00Z", "--until", "2026-07-01T12:00:00Z"))
                .isEmpty();
        assertThat(affected("--area", "region:JP-47", "--from", "2026-07-01T06:59:59Z", "--until", "2026-07-01T12:00:00Z"))
                .containsExactly("B3/2");
    }

    @Test
    void segmentStartingExactlyAtUntilIsOut() {
        // B3/1 starts 2026-07-02T15:00:00+09:00 = 06:00Z.
        assertThat(affected("--area", "region:JP-47", "--from", "2026-07-02T00:00:00Z", "--until", "2026-07-02T15:00:00+09:00"))
                .isEmpty();
        assertThat(affected("--area", "region:JP-47", "--from", "2026-07-02T00:00:00Z", "--until", "2026-07-02T06:00:01Z"))
                .containsExactly("B3/1");
    }

    @Test
    void offsetsAreComparedAsInstants() {
        // 15:00+08:00 is 07:00Z, the end of B3/2 (given in +09:00): still out.
        assertThat(affected("--area", "region:JP-47", "--from", "2026-07-01T15:00:00+08:00", "--until", "2026-07-01T20:00:00+08:00"))
                .isEmpty();
        // The cruise is given in Z: 10:00Z is 18:00+08:00.
        assertThat(affected("--area", "circle:20.9,116.4,10", "--from", "2026-07-01T17:00:00+08:00", "--until", "2026-07-01T18:00:00+08:00"))
                .isEmpty();
        assertThat(affected("--area", "circle:20.9,116.4,10", "--from", "2026-07-01T17:00:00+08:00", "--until", "2026-07-01T18:00:01+08:00"))
                .containsExactly("B5/1");
    }

    @Test
    void circleEdgeIsInclusiveAndExact() {
        double d = GreatCircle.km(SZ_LAT, SZ_LON, PEAK_LAT, PEAK_LON);
        String inside = String.format(Locale.ROOT, "circle:%s,%s,%.4f", SZ_LAT, SZ_LON, d + 0.001);
        String outside = String.format(Locale.ROOT, "circle:%s,%s,%.4f", SZ_LAT, SZ_LON, d - 0.001);
        assertThat(window(inside)).contains("B1/1", "B6/1");
        assertThat(window(outside)).contains("B1/1").doesNotContain("B6/1");
    }

    @Test
    void concavePolygonExcludesItsNotch() {
        assertThat(window(U_POLYGON)).containsExactly("B1/1", "B6/2");
    }

    @Test
    void geoJsonFileGivesTheSameAnswerAsThePolygon() {
        Path geo = cli.file("u.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"U"},
                 "geometry":{"type":"Polygon","coordinates":[[[113.8,22.2],[113.8,22.6],[114.3,22.6],[114.3,22.30],
                 [114.0,22.30],[114.0,22.25],[114.3,22.25],[114.3,22.2],[113.8,22.2]]]}}]}
                """);
        assertThat(window("@" + geo)).containsExactly("B1/1", "B6/2");
    }

    @Test
    void multiPolygonIsAUnion() {
        Path geo = cli.file("two.geojson", """
                {"type":"MultiPolygon","coordinates":[
                  [[[114.0,22.5],[114.1,22.5],[114.1,22.6],[114.0,22.6],[114.0,22.5]]],
                  [[[127.5,26.0],[127.8,26.0],[127.8,26.4],[127.5,26.4],[127.5,26.0]]]]}
                """);
        assertThat(window("@" + geo)).containsExactly("B1/1", "B3/1");
    }

    @Test
    void severalAreasAreAUnionWithoutDuplicates() {
        assertThat(affected("--area", "region:JP-47", "--area", "circle:22.2759,114.1455,5", "--area", "region:HK",
                "--from", FROM, "--until", UNTIL)).containsExactly("B3/1", "B3/2", "B6/1", "B6/2");
    }

    @Test
    void kindFilter() {
        assertThat(affected("--area", "region:CN", "--from", FROM, "--until", UNTIL, "--kind", "coach"))
                .containsExactly("B1/2");
        assertThat(affected("--area", "region:CN,HK", "--from", FROM, "--until", UNTIL, "--kind", "hotel,flight"))
                .containsExactly("B1/1", "B2/1", "B6/2");
    }

    @Test
    void csvAndJsonShapesAreStable() {
        String[] query = {"--area", "region:CN-GD,HK", "--area", "circle:20.9,116.4,50", "--from", FROM, "--until", UNTIL};
        List<String> csv = new ArrayList<>(List.of("affected", "-o", "csv"));
        csv.addAll(List.of(query));
        Golden.assertMatches("affected.csv", cli.run(csv.toArray(new String[0])).out());
        List<String> json = new ArrayList<>(List.of("affected", "-o", "json"));
        json.addAll(List.of(query));
        Golden.assertMatches("affected.json", cli.run(json.toArray(new String[0])).out());
    }

    /**
     * Rows are read packed into one value split at U+001F; a name holding that character must still come
     * out whole (the row is then read column by column), in both query paths (box and region).
     */
    @Test
    void namesHoldingTheFieldSeparatorComeOutWhole() {
        String place = "Harbour\u001fHotel \u00e9\u6e2f";
        String segments = "booking_id,seq,kind,supplier_id,place,region,lat,lon,start,end\r\n"
                + "B1,1,hotel,,\"" + place + "\",CN-GD-SZ,22.5431,114.0579,2026-07-01T15:00:00+08:00,"
                + "2026-07-03T12:00:00+08:00\r\n";
        CliRun.Result imported = cli.run("import", "segments", cli.file("odd.csv", segments).toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        for (String area : List.of("circle:22.5431,114.0579,1", "region:CN-GD-SZ")) {
            CliRun.Result r = cli.run("affected", "-o", "json", "--area", area, "--from", FROM, "--until", UNTIL);
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).as(area).contains("\"place\": \"Harbour\\u001FHotel \u00e9\u6e2f\"")
                    .contains("\"supplier_id\": null");
        }
        CliRun.Result csv = cli.run("affected", "-o", "csv", "--area", "circle:22.5431,114.0579,1", "--from", FROM,
                "--until", UNTIL);
        assertThat(csv.out()).contains("," + place + ",CN-GD-SZ,");
    }

    @Test
    void tableGroupsByBookingWithTotals() {
        CliRun.Result r = cli.run("affected", "--area", "region:CN-GD,HK", "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("BOOKING", "王伟", "Olivia \"Liv\" Brown")
                .contains("2 bookings, 4 travelers, 4 segments (coach 1, flight 1, hotel 1, tour 1)");
        assertThat(r.out()).doesNotContain("\u001B[");
    }

    @Test
    void emptyResult() {
        CliRun.Result r = cli.run("affected", "--area", "region:FR", "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No segments of confirmed bookings in that area and window.");
        assertThat(cli.run("affected", "-o", "json", "--area", "region:FR", "--from", FROM, "--until", UNTIL).out())
                .isEqualTo("[]\n");
    }

    @Test
    void badAreasAndTimesAreUsageErrors() {
        CliRun.Result r = cli.run("affected", "--area", "circle:22,114", "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--area circle:22,114: expected circle:LAT,LON,RADIUS_KM");

        r = cli.run("affected", "--area", "polygon:22,114;22.1,114.1;22,114.2;22.1,114", "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("edges cross");

        r = cli.run("affected", "--area", "region:CN", "--from", "2026-07-01T00:00", "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has no UTC offset").contains("Try 'lifeboat affected --help'");

        r = cli.run("affected", "--area", "region:CN", "--from", UNTIL, "--until", FROM);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not after --from");

        r = cli.run("affected", "--area", "@" + dir.resolve("missing.geojson"), "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.geojson: no such file");

        Path bad = cli.file("bad.geojson", "{\"type\":\"Polygon\",\n \"coordinates\": [[[1,2],[3,4]]}");
        r = cli.run("affected", "--area", "@" + bad, "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(bad + ":2:");
    }

    @Test
    void readingCommandsNeedAnExistingDatabase() {
        CliRun other = new CliRun(dir.resolve("empty"));
        CliRun.Result r = other.raw("--db", dir.resolve("none.db").toString(), "affected", "--area", "region:CN",
                "--from", FROM, "--until", UNTIL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no database at");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}
