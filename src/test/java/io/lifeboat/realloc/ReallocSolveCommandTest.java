package io.lifeboat.realloc;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code realloc solve} through the real command line. */
class ReallocSolveCommandTest {
    @TempDir
    Path dir;
    CliRun cli;
    String demand;
    String suppliers;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
        demand = cli.resource("fixtures/realloc/demand.csv").toString();
        suppliers = cli.resource("fixtures/realloc/suppliers.csv").toString();
    }

    @Test
    void jsonShapeWithReasonsAndProvenOptimum() {
        CliRun.Result r = cli.run("realloc", "solve", "--demand", demand, "--suppliers", suppliers, "-o", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        Golden.assertMatches("realloc-solve.json", r.out());
        assertThat(r.out()).contains("\"optimal\": true", "\"gap\": 0.0",
                "\"reason\": \"no activity supplier within 30 km\"",
                "\"reason\": \"required feature missing: medical-staff (1 coach in range, none with medical-staff)\"",
                "more than any suitable supplier holds (largest 5); a party is never split");
        assertThat(r.err()).contains("priority  100  placed", "optimal (exhaustive)", "next: lifeboat realloc solve");
        assertThat(dir.resolve("test.db")).doesNotExist();
    }

    @Test
    void csvAndTableShapes() {
        CliRun.Result csv = cli.run("realloc", "solve", "--demand", demand, "--suppliers", suppliers, "-o", "csv");
        assertThat(csv.code()).as(csv.toString()).isZero();
        Golden.assertMatches("realloc-solve.csv", csv.out());
        CliRun.Result table = cli.run("realloc", "solve", "--demand", demand, "--suppliers", suppliers);
        assertThat(table.out()).contains("BOOKING", "WHY", "unplaced", "the only suitable hotel supplier within 10 km"
                + " with wheelchair", "total: 3 placed, 4 unplaced; cost 3680.00 CNY");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        String first = cli.run("realloc", "solve", "--demand", demand, "--suppliers", suppliers, "-o", "json").out();
        for (int i = 0; i < 3; i++) {
            assertThat(cli.run("realloc", "solve", "--demand", demand, "--suppliers", suppliers, "-o", "json").out())
                    .isEqualTo(first);
        }
    }

    @Test
    void mixedCurrenciesAreRefusedNamingFileLineAndField() {
        String mixed = cli.resource("fixtures/realloc/suppliers-mixed.csv").toString();
        CliRun.Result r = cli.run("realloc", "solve", "--demand", demand, "--suppliers", mixed, "-o", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).contains(
                mixed + ":3: currency: HKD differs from CNY (line 2); all suppliers of one plan must share a currency:"
                        + " give a file per currency",
                mixed + ":5: currency: MOP differs from CNY (line 2); all suppliers of one plan must share a currency:"
                        + " give a file per currency");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        String bad = cli.resource("fixtures/realloc/demand-bad.csv").toString();
        CliRun.Result r = cli.run("realloc", "solve", "--demand", bad, "--suppliers", suppliers);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2: units: 0 is out of range (1 to 1000000)",
                bad + ":3: kind: 'boat' is not a known kind",
                bad + ":4: lat: 95 is out of range (-90 to 90)",
                bad + ":4: requires: tag 'Family' must be lower-case",
                bad + ":4: max_km: -3 is out of range (greater than 0, at most 20040)",
                bad + ":6: booking_id: duplicate key G4 (first at line 5)");
        CliRun.Result missing = cli.run("realloc", "solve", "--demand", dir.resolve("nope.csv").toString(),
                "--suppliers", suppliers);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void helpHasExamples() {
        CliRun.Result r = cli.run("realloc", "solve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Examples:", "--demand", "booking_id,units,kind,lat,lon,priority,requires,max_km");
        assertThat(cli.run("realloc").code()).isEqualTo(2);
    }
}
