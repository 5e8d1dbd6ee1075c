package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.playbook.CapTrigger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trigger matching on CAP's scales and the choice of info block by language. */
class CapMatcherTest {
    static CapInfo info(String language, String event, String severity, String urgency, String certainty) {
        return new CapInfo(language, event, urgency, severity, certainty, null, null, null, null, null, null, List.of());
    }

    @Test
    void minimumsAreMetByThatLevelOrStronger() {
        Random random = new Random(11);
        for (int n = 0; n < 500; n++) {
            String sev = CapMatcher.SEVERITY.get(random.nextInt(5));
            String urg = CapMatcher.URGENCY.get(random.nextInt(5));
            String cert = CapMatcher.CERTAINTY.get(random.nextInt(5));
            String minSev = CapMatcher.SEVERITY.get(random.nextInt(4));
            String minUrg = random.nextBoolean() ? null : CapMatcher.URGENCY.get(random.nextInt(4));
            CapTrigger t = new CapTrigger(List.of("typhoon", "台风"), minSev, minUrg, null);
            boolean expected = !sev.equals("Unknown") && CapMatcher.SEVERITY.indexOf(sev) <= CapMatcher.SEVERITY.indexOf(minSev)
                    && (minUrg == null || !urg.equals("Unknown") && CapMatcher.URGENCY.indexOf(urg) <= CapMatcher.URGENCY.indexOf(minUrg));
            String event = random.nextBoolean() ? "Super TYPHOON warning" : "超强台风预警";
            assertThat(CapMatcher.matches(t, info("en", event, sev, urg, cert))).as(sev + " " + urg + " vs " + minSev + " " + minUrg)
                    .isEqualTo(expected);
            assertThat(CapMatcher.matches(t, info("en", "Heavy rain", sev, urg, cert))).isFalse();
        }
    }

    @Test
    void infoBlocksArePickedByLanguageThenEnglishThenFirst() {
        List<CapInfo> infos = List.of(info("fr-CA", "a", "Severe", "Expected", "Likely"),
                info("en-CA", "b", "Severe", "Expected", "Likely"), info("zh-TW", "c", "Severe", "Expected", "Likely"));
        assertThat(CapMatcher.preferred(infos, List.of("zh-TW")).event()).isEqualTo("c");
        assertThat(CapMatcher.preferred(infos, List.of("zh-CN")).event()).isEqualTo("c");
        assertThat(CapMatcher.preferred(infos, List.of("fr")).event()).isEqualTo("a");
        assertThat(CapMatcher.preferred(infos, List.of("ja")).event()).isEqualTo("b");
        assertThat(CapMatcher.preferred(List.of(infos.get(0), infos.get(2)), List.of("ja")).event()).isEqualTo("a");
        assertThat(CapMatcher.preferred(List.of(), List.of("ja"))).isNull();
    }
}
