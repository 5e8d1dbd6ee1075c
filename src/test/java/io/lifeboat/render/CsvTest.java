package io.lifeboat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Lifeboat's CSV writer gives the same bytes as commons-csv's RFC 4180 format, quoting included. */
class CsvTest {
    private static final String CHARS = "ab Z09#\"!,\r\n\t -'.;:é徐😀\u0000\u001f$%";

    @Test
    void sameBytesAsCommonsCsvForRandomRecords() throws Exception {
        Random random = new Random(20261204L);
        List<List<Object>> records = new ArrayList<>();
        records.add(Arrays.asList("", null, "", 1));
        records.add(Arrays.asList(null, "", null));
        records.add(List.of());
        records.add(Arrays.asList("#x", "!", " lead", "trail ", "\"q\"", "a,b", "x\ny", "-33.86", -33.86, 22.54, 7L));
        for (int r = 0; r < 3000; r++) {
            List<Object> rec = new ArrayList<>();
            int n = random.nextInt(6);
            for (int f = 0; f < n; f++) {
                switch (random.nextInt(6)) {
                    case 0 -> rec.add(null);
                    case 1 -> rec.add(random.nextInt(2000) - 1000);
                    case 2 -> rec.add(random.nextDouble() * 360 - 180);
                    default -> {
                        StringBuilder sb = new StringBuilder();
                        int len = random.nextInt(5);
                        for (int i = 0; i < len; i++) sb.appendCodePoint(CHARS.codePointAt(
                                CHARS.offsetByCodePoints(0, random.nextInt(CHARS.codePointCount(0, CHARS.length())))));
                        rec.add(sb.toString());
                    }
                }
            }
            records.add(rec);
        }
        StringWriter expected = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(expected, CSVFormat.RFC4180)) {
            p.printRecord("h1", "h2");
            for (List<Object> rec : records) p.printRecord(rec);
        }
        StringWriter actual = new StringWriter();
        try (Csv csv = new Csv(new PrintWriter(actual), List.of("h1", "h2"))) {
            for (List<Object> rec : records) csv.row(rec);
        }
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }
}
