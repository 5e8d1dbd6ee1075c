package io.lifeboat.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeboat.CliRun;
import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data in a SQLite file (R*Tree prefilter) and in PostgreSQL (box on plain indexed columns):
 * seeded random circles, polygons, regions, windows and kinds give byte-identical answers.
 */
class CrossBackendTest {
    private static final List<String> REGIONS = List.of("CN", "CN-GD", "CN-GD-SZ", "HK", "MO", "HK,MO", "TW", "JP-47",
            "CN-FJ", "CN-FJ-XM", "CN-HI", "ZZ", "JP");
    private static final List<String> KINDS = List.of("hotel", "cruise", "coach", "flight", "train", "tour", "activity");

    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresqlAgreeOnRandomQueries() {
        assumeTrue(TestDb.postgres(), "runs in the PostgreSQL pass of the suite");
        CliRun sqlite = new CliRun(dir);
        String file = dir.resolve("same.db").toString();
        String server = TestDb.fresh(dir, "same.db");
        CliRun.Result gen = sqlite.raw("demo", "generate", "--bookings", "800", "--start", "2026-07-01", "--out",
                dir.resolve("gen").toString());
        assertThat(gen.code()).as(gen.toString()).isZero();
        for (String db : List.of(file, server)) {
            for (String d : List.of("bookings", "segments", "suppliers")) {
                CliRun.Result r = sqlite.raw("--db", db, "import", d, dir.resolve("gen/" + d + ".csv").toString());
                assertThat(r.code()).as(r.toString()).isZero();
            }
        }
        Random random = new Random(20260704L);
        Instant start = Instant.parse("2026-06-30T16:00:00Z");
        int nonEmpty = 0;
        for (int i = 0; i < 40; i++) {
            List<String> args = new ArrayList<>(List.of("affected", "-o", "csv", "--area", area(random)));
            if (random.nextInt(4) == 0) args.addAll(List.of("--area", area(random)));
            Instant from = start.plus(Duration.ofHours(random.nextInt(42 * 24)));
            args.addAll(List.of("--from", from.toString(), "--until",
                    from.plus(Duration.ofHours(1 + random.nextInt(120))).toString()));
            if (random.nextInt(3) == 0) {
                args.addAll(List.of("--kind", KINDS.get(random.nextInt(KINDS.size())) + ","
                        + KINDS.get(random.nextInt(KINDS.size()))));
            }
            CliRun.Result a = sqlite.raw(withDb(file, args));
            CliRun.Result b = sqlite.raw(withDb(server, args));
            assertThat(b.code()).as(String.join(" ", args)).isEqualTo(a.code()).isZero();
            assertThat(b.out()).as(String.join(" ", args)).isEqualTo(a.out());
            if (a.out().lines().count() > 1) nonEmpty++;
        }
        assertThat(nonEmpty).as("queries that found travelers").isGreaterThan(12);
    }

    private static String[] withDb(String db, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(args);
        return all.toArray(new String[0]);
    }

    private static String area(Random r) {
        double lat = 18 + r.nextDouble() * 9;
        double lon = 108 + r.nextDouble() * 20;
        return switch (r.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "circle:%.4f,%.4f,%d", lat, lon, 5 + r.nextInt(400));
            case 1 -> {
                double s = 0.2 + r.nextDouble() * 3;
                yield String.format(Locale.ROOT, "polygon:%.4f,%.4f;%.4f,%.4f;%.4f,%.4f;%.4f,%.4f", lat - s, lon - s,
                        lat - s, lon + s * 1.5, lat + s, lon + s, lat + s * 0.5, lon - s);
            }
            default -> "region:" + REGIONS.get(r.nextInt(REGIONS.size()));
        };
    }
}
