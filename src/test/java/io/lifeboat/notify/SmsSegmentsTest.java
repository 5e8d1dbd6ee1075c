package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** SMS segment counting at the exact edges of GSM-7 and UCS-2, with extension characters and surrogate pairs. */
class SmsSegmentsTest {

    private static int segments(String s) {
        return SmsSegments.count(s).segments();
    }

    @Test
    void gsm7FitsOneMessageUpTo160AndThen153PerSegment() {
        assertThat(segments("a".repeat(160))).isEqualTo(1);
        assertThat(segments("a".repeat(161))).isEqualTo(2);
        assertThat(segments("a".repeat(306))).isEqualTo(2);
        assertThat(segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(160)).encoding()).isEqualTo(SmsSegments.GSM7);
        assertThat(segments("@£$¥èé ÄÖÑÜ§¿äöñüà")).isEqualTo(1);
        assertThat(segments("")).isZero();
    }

    @Test
    void ucs2FitsOneMessageUpTo70AndThen67PerSegment() {
        assertThat(segments("中".repeat(70))).isEqualTo(1);
        assertThat(segments("中".repeat(71))).isEqualTo(2);
        assertThat(segments("中".repeat(134))).isEqualTo(2);
        assertThat(segments("中".repeat(135))).isEqualTo(3);
        assertThat(SmsSegments.count("中").encoding()).isEqualTo(SmsSegments.UCS2);
        // One character outside GSM-7 turns the whole text into UCS-2.
        assertThat(segments("a".repeat(69) + "中")).isEqualTo(1);
        assertThat(segments("a".repeat(70) + "中")).isEqualTo(2);
        assertThat(segments("a".repeat(70) + "ç")).as("ç is not in the GSM basic set").isEqualTo(2);
    }

    @Test
    void extensionCharactersCountTwoAndAreNeverSplit() {
        assertThat(SmsSegments.count("€").units()).isEqualTo(2);
        assertThat(segments("€".repeat(80))).as("160 septets").isEqualTo(1);
        assertThat(segments("€".repeat(80) + "a")).as("161 septets").isEqualTo(2);
        assertThat(segments("a".repeat(158) + "{")).as("exactly 160 with the escape last").isEqualTo(1);
        assertThat(segments("a".repeat(159) + "}")).as("161: the escape tips it over").isEqualTo(2);
        // 152 + 2 + 152 = 306 septets would fill two segments of 153, but the escape pair cannot straddle the edge.
        assertThat(segments("a".repeat(152) + "[" + "a".repeat(152))).isEqualTo(3);
        assertThat(segments("a".repeat(151) + "]" + "a".repeat(153))).isEqualTo(2);
        for (char c : "^{}\\[~]|€\f".toCharArray()) {
            assertThat(SmsSegments.count(String.valueOf(c)).units()).as("extension %s", c).isEqualTo(2);
            assertThat(SmsSegments.isGsm7(String.valueOf(c))).isTrue();
        }
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        assertThat(segments("中".repeat(68) + "😀")).as("70 code units").isEqualTo(1);
        assertThat(segments("中".repeat(69) + "😀")).as("71 code units").isEqualTo(2);
        assertThat(segments("中".repeat(66) + "😀" + "中".repeat(66))).as("134 units, pair at the edge").isEqualTo(3);
        assertThat(segments("中".repeat(65) + "😀" + "中".repeat(67))).isEqualTo(2);
    }

    @Test
    void randomTextsStayWithinTheBoundsAndNeverShrinkWhenExtended() {
        Random random = new Random(20260701);
        String[] alphabets = {"abcdefghij 0123456789.,!?", "abc€{}[]~^|\\", "中文台风预警，。", "abc中😀€"};
        for (int round = 0; round < 2000; round++) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            int[] cps = alphabet.codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) sb.appendCodePoint(cps[random.nextInt(cps.length)]);
            String text = sb.toString();
            SmsSegments.Count c = SmsSegments.count(text);
            boolean gsm = c.encoding().equals(SmsSegments.GSM7);
            int single = gsm ? 160 : 70;
            int per = gsm ? 153 : 67;
            if (text.isEmpty()) continue;
            if (c.units() <= single) {
                assertThat(c.segments()).isEqualTo(1);
            } else {
                assertThat(c.segments()).isBetween((c.units() + per - 1) / per, (c.units() + per - 2) / (per - 1));
            }
            int[] more = text.codePoints().toArray();
            String extended = text + new String(more, more.length - 1, 1);
            assertThat(segments(extended)).as("extending '%s'", text).isGreaterThanOrEqualTo(c.segments());
        }
    }
}
