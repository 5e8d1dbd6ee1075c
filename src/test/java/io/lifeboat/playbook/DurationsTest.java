package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void friendlyForms() {
        assertThat(Durations.parse("72h")).isEqualTo(Duration.ofHours(72));
        assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1w")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("0m")).isEqualTo(Duration.ZERO);
    }

    @Test
    void isoForms() {
        assertThat(Durations.parse("PT72H")).isEqualTo(Duration.ofHours(72));
        assertThat(Durations.parse("P3D")).isEqualTo(Duration.ofDays(3));
        assertThat(Durations.parse("P1DT12H")).isEqualTo(Duration.ofHours(36));
        assertThat(Durations.parse("P1W")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("pt30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("-PT1H")).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void notDurations() {
        for (String s : new String[] {"", "72", "3 days", "h", "1.5h", "P1M", "P1Y", "PT", "1h-30m", "soon", "30mh",
            "99999999999999999999d"}) {
            assertThat(Durations.parse(s)).as(s).isNull();
        }
        assertThat(Durations.parse(null)).isNull();
    }

    @Test
    void tablesSayHoursUpToThreeDaysThenDays() {
        assertThat(Durations.friendly(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Durations.friendly(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.friendly(Duration.ofHours(72))).isEqualTo("72h");
        assertThat(Durations.friendly(Duration.ofDays(7))).isEqualTo("7d");
        assertThat(Durations.friendly(Duration.ofHours(100))).isEqualTo("100h");
        assertThat(Durations.friendly(Duration.ZERO)).isEqualTo("0m");
    }

    @Test
    void bothWrittenFormsReadBackWhatIsPrinted() {
        Random random = new Random(20260701);
        for (int i = 0; i < 2000; i++) {
            Duration d = Duration.ofSeconds(random.nextInt(30 * 86_400));
            assertThat(Durations.parse(Durations.iso(d))).as("iso %s", d).isEqualTo(d);
            assertThat(Durations.parse(Durations.friendly(d))).as("friendly %s", d).isEqualTo(d);
        }
    }
}
