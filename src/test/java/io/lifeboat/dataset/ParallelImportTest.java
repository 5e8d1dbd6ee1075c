package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows are checked in batches on several threads: over files spanning many batches, every bad row is
 * still reported once, in line order, and nothing lands; a clean file lands every row.
 */
class ParallelImportTest {
    private static final String HEADER = "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status\n";

    @TempDir
    Path dir;

    private static String row(int i) {
        return "P" + i + ",Lead " + i + "," + (1 + i % 5) + ",+861380013" + String.format("%04d", i % 10000)
                + ",lead" + i + "@example.cn,zh-CN,standard,,confirmed\n";
    }

    @Test
    void everyBadRowAcrossBatchesIsReportedInLineOrder() {
        for (int seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            int n = 2_000 * (2 + random.nextInt(5)) + random.nextInt(2_000);
            TreeSet<Integer> bad = new TreeSet<>();
            while (bad.size() < 1 + random.nextInt(25)) bad.add(random.nextInt(n));
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < n; i++) {
                csv.append(bad.contains(i) ? row(i).replace(",zh-CN,", ",zh_CN!,") : row(i));
            }
            CliRun cli = new CliRun(dir.resolve("s" + seed));
            Path file = cli.file("bookings.csv", csv.toString());
            CliRun.Result r = cli.run("import", "bookings", file.toString());

            assertThat(r.code()).as("seed %d", seed).isEqualTo(2);
            List<String> expected = new ArrayList<>();
            for (int i : bad) {
                expected.add(file + ":" + (i + 2) + ": locale: 'zh_CN!' is not a BCP-47 language tag (e.g. zh-CN, en, ja)");
            }
            assertThat(r.errLines().stream().filter(l -> l.contains(": locale: ")).toList())
                    .as("seed %d", seed).containsExactlyElementsOf(expected);
            assertThat(cli.run("export", "bookings").out().lines().count()).as("nothing landed").isEqualTo(1);
        }
    }

    @Test
    void aCleanFileOfManyBatchesLandsEveryRow() {
        int n = 9_321;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) csv.append(row(i));
        CliRun cli = new CliRun(dir);
        CliRun.Result r = cli.run("-o", "json", "import", "bookings", cli.file("b.csv", csv.toString()).toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"rows\": " + n, "\"inserted\": " + n);
        assertThat(cli.run("export", "bookings").out().lines().count()).isEqualTo(n + 1);
    }
}
