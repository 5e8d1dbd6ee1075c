package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedRowTest {

    @Test
    void splitsExactlyTheExpectedNumberOfFields() {
        PackedRow row = new PackedRow(3);
        assertThat(row.splitText("12\u001fB-1\u001f")).isTrue();
        assertThat(row.longField(0)).isEqualTo(12);
        assertThat(row.field(1)).isEqualTo("B-1");
        assertThat(row.field(2)).isEmpty();
        assertThat(row.splitText("1\u001f2")).as("too few").isFalse();
        assertThat(row.splitText("1\u001f2\u001f3\u001f4")).as("too many: a value held the separator").isFalse();
        assertThat(row.splitText(null)).as("no packed value (the engine reads columns)").isFalse();
    }

    @Test
    void decodesUtf8FieldsAndParsesNumbersFromBytes() {
        PackedRow row = new PackedRow(4);
        assertThat(row.splitText("-42\u001f\u9999\u6e2f \u00e9\u001f\u001eH-1\u001f")).isTrue();
        assertThat(row.longField(0)).isEqualTo(-42);
        assertThat(row.field(1)).isEqualTo("\u9999\u6e2f \u00e9");
        assertThat(row.fieldAfterMark(2)).isEqualTo("H-1");
        assertThat(row.empty(3)).isTrue();
        assertThat(row.splitText("9223372036854775807\u001fa\u001fb\u001fc")).isTrue();
        assertThat(row.longField(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(row.splitText("1x\u001fa\u001fb\u001fc")).isTrue();
        assertThatThrownBy(() -> row.longField(0)).isInstanceOf(NumberFormatException.class);
    }

    /** Seeded random fields of any text: whenever a split succeeds, every field is exactly what was packed. */
    @Test
    void aSuccessfulSplitNeverMisreadsAField() {
        Random random = new Random(20261205);
        PackedRow row = new PackedRow(5);
        int splits = 0;
        for (int round = 0; round < 20_000; round++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 5; f++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(6);
                for (int i = 0; i < len; i++) sb.append("a\u001f\u6e2f-\u001e9".charAt(random.nextInt(6)));
                fields.add(sb.toString());
            }
            if (!row.splitText(String.join("\u001f", fields))) continue;
            splits++;
            for (int f = 0; f < 5; f++) assertThat(row.field(f)).isEqualTo(fields.get(f));
        }
        assertThat(splits).isGreaterThan(1000);
    }
}
