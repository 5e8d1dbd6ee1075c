package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedRowTest {

    @Test
    void splitsExactlyTheExpectedNumberOfFields() {
        PackedRow row = new PackedRow(3);
        assertThat(row.split("12\u001fB-1\u001f")).isTrue();
        assertThat(row.longField(0)).isEqualTo(12);
        assertThat(row.field(1)).isEqualTo("B-1");
        assertThat(row.field(2)).isEmpty();
        assertThat(row.split("1\u001f2")).as("too few").isFalse();
        assertThat(row.split("1\u001f2\u001f3\u001f4")).as("too many: a value held the separator").isFalse();
        assertThat(row.split(null)).as("no packed value (the engine reads columns)").isFalse();
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
            if (!row.split(String.join("\u001f", fields))) continue;
            splits++;
            for (int f = 0; f < 5; f++) assertThat(row.field(f)).isEqualTo(fields.get(f));
        }
        assertThat(splits).isGreaterThan(1000);
    }
}
