package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape tests accept exactly what their regular expressions accept. */
class FieldShapesTest {
    private static final int ROUNDS = 200_000;

    @Test
    void idMatchesItsExpression() {
        agree("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", FieldShapes::isId, "aZ09._:/-@ ", 70, 1);
    }

    @Test
    void e164MatchesItsExpression() {
        agree("\\+[1-9][0-9]{6,14}", FieldShapes::isE164, "+0123456789a ", 18, 2);
    }

    @Test
    void emailMatchesItsExpression() {
        agree("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+", FieldShapes::isEmail, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaxé...@@ \t\u000b\f\r\n\u00a0", 12, 3);
    }

    @Test
    void regionMatchesItsExpression() {
        agree("[A-Z]{2}(-[A-Z0-9]{1,3})*", FieldShapes::isRegion, "AZ09-a", 14, 4);
    }

    @Test
    void typicalValues() {
        assertThat(FieldShapes.isId("BK0000001")).isTrue();
        assertThat(FieldShapes.isId("x".repeat(65))).isFalse();
        assertThat(FieldShapes.isE164("+8613915704158")).isTrue();
        assertThat(FieldShapes.isE164("+08613915704158")).isFalse();
        assertThat(FieldShapes.isEmail("ma.jie18@example.cn")).isTrue();
        assertThat(FieldShapes.isEmail("ma.jie18@localhost")).isFalse();
        assertThat(FieldShapes.isEmail("a@b..cn")).isFalse();
        assertThat(FieldShapes.isRegion("CN-GD-SZ")).isTrue();
        assertThat(FieldShapes.isRegion("CN-GDXX")).isFalse();
    }

    /** Random strings over an alphabet chosen to reach every branch; both must give the same verdict. */
    private static void agree(String regex, Predicate<String> shape, String alphabet, int maxLength, long seed) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            int length = random.nextInt(maxLength + 1);
            StringBuilder sb = new StringBuilder(length);
            for (int j = 0; j < length; j++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            boolean expected = pattern.matcher(s).matches();
            assertThat(shape.test(s)).as("'%s' against %s", s, regex).isEqualTo(expected);
            if (expected) accepted++;
        }
        // Both verdicts must be exercised, or the comparison proves little.
        assertThat(accepted).as("accepted strings").isBetween(ROUNDS / 1000, ROUNDS - ROUNDS / 1000);
    }
}
