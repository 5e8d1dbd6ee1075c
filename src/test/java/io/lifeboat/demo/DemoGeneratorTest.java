package io.lifeboat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.lifeboat.CliRun;
import io.lifeboat.common.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    @TempDir
    Path dir;

    private DemoGenerator.Result generate(Path out, int n, long seed) {
        return new DemoGenerator().write(out, new DemoGenerator.Options(n, seed, LocalDate.of(2026, 7, 1), 42),
                ProgressListener.NONE);
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        DemoGenerator.Result a = generate(dir.resolve("a"), 2000, 11);
        DemoGenerator.Result b = generate(dir.resolve("b"), 2000, 11);
        DemoGenerator.Result c = generate(dir.resolve("c"), 2000, 12);
        for (String f : List.of("bookings.csv", "segments.csv", "suppliers.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
        assertThat(Files.readAllBytes(c.bookings())).isNotEqualTo(Files.readAllBytes(a.bookings()));
        assertThat(a.bookingRows()).isEqualTo(2000);
        assertThat(a.segmentRows()).as("about three segments a booking").isBetween(5000L, 8000L);
    }

    @Test
    void everyGeneratedPhoneNumberIsValid() throws Exception {
        DemoGenerator.Result r = generate(dir, 20_000, 3);
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> lines = Files.readAllLines(r.bookings());
        long phones = 0;
        for (String line : lines.subList(1, lines.size())) {
            String phone = line.split(",", -1)[3];
            if (phone.isEmpty()) continue;
            phones++;
            assertThat(util.isValidNumber(util.parse(phone, null))).as(phone).isTrue();
        }
        assertThat(phones).isGreaterThan(18_000);
    }

    @Test
    void theDemoCommandLoadsAndFindsTyphoonExposure() {
        CliRun cli = new CliRun(dir);
        CliRun.Result r = cli.run("demo", "--bookings", "1500", "--start", "2026-07-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Scenario: Typhoon approaching the Pearl River Delta", "Affected:",
                "Try next:", "1,500 rows", "Drafted notifications", "SMS cost: ", "notify approve");
        assertThat(r.out()).as("addresses masked").doesNotContainPattern("\\+86\\d{11}");
        CliRun.Result again = cli.run("demo", "--bookings", "1500", "--start", "2026-07-01");
        assertThat(again.out()).as("re-running the demo is a no-op").contains("(0 inserted, 0 updated, 1500 unchanged)")
                .contains("(0 new, 0 updated, ");
        CliRun.Result json = cli.run("-o", "json", "demo", "--bookings", "1500", "--start", "2026-07-01");
        assertThat(json.out()).contains("\"affected\"", "\"bookings\"", "\"by_region\"", "\"sms_segments\"");
    }
}
