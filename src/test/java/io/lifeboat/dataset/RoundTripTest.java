package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export writes the import format; export → import → export is byte-identical; re-import is a no-op. */
class RoundTripTest {
    @TempDir
    Path dir;

    private static CliRun loaded(Path dir) {
        CliRun cli = new CliRun(dir);
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        return cli;
    }

    @Test
    void exportImportExportIsByteIdentical() throws IOException {
        CliRun first = loaded(dir.resolve("a"));
        CliRun second = new CliRun(dir.resolve("b"));
        Files.createDirectories(second.dir());
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            Path exported = second.dir().resolve(d + ".csv");
            assertThat(first.run("export", d, "--file", exported.toString()).code()).isZero();
            CliRun.Result imported = second.run("import", d, exported.toString());
            assertThat(imported.code()).as(imported.toString()).isZero();
            byte[] again = second.run("export", d).out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(again).as(d).isEqualTo(Files.readAllBytes(exported));
        }
    }

    @Test
    void exportShapeIsTheImportFormat() {
        CliRun cli = loaded(dir);
        Golden.assertMatches("export-bookings.csv", cli.run("export", "bookings").out());
        Golden.assertMatches("export-segments.csv", cli.run("export", "segments").out());
        Golden.assertMatches("export-suppliers.csv", cli.run("export", "suppliers").out());
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        CliRun cli = loaded(dir);
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            CliRun.Result r = cli.run("-o", "json", "import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("\"inserted\": 0", "\"updated\": 0");
        }
        CliRun.Result r = cli.run("import", "bookings", cli.resource("fixtures/bookings.csv").toString());
        assertThat(r.out()).contains("bookings: 6 rows").contains("0 inserted, 0 updated, 6 unchanged");
    }

    @Test
    void changedRowsAreUpdatedAndNewRowsInserted() {
        CliRun cli = loaded(dir);
        Path changed = cli.file("changed.csv", ImportValidationTest.BOOKING_HEADER
                + "B1,王伟,3,+8613800138000,wang.wei@example.cn,zh-CN,vip,elderly;wheelchair,confirmed\n"
                + "B2,James Smith,1,+447400123456,james.smith@example.co.uk,en,standard,,confirmed\n"
                + "B7,New Person,1,,,en,standard,,confirmed\n");
        CliRun.Result r = cli.run("-o", "json", "import", "bookings", changed.toString());
        assertThat(r.code()).isZero();
        Golden.assertMatches("import-summary.json", r.out().replace(changed.toString(), "changed.csv"));
        assertThat(cli.run("export", "bookings").out()).contains("B1,王伟,3,").contains("B7,New Person");
    }

    @Test
    void generatedDemoFilesRoundTripByteForByte() throws IOException {
        CliRun cli = new CliRun(dir);
        Path data = dir.resolve("data");
        CliRun.Result gen = cli.run("demo", "generate", "--bookings", "400", "--seed", "7", "--start", "2026-07-01",
                "--out", data.toString());
        assertThat(gen.code()).as(gen.toString()).isZero();
        for (String d : new String[] {"suppliers", "bookings", "segments"}) {
            CliRun.Result r = cli.run("import", d, data.resolve(d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        for (String d : new String[] {"suppliers", "bookings", "segments"}) {
            assertThat(cli.run("export", d).out()).as(d).isEqualTo(Files.readString(data.resolve(d + ".csv")));
        }
    }
}
