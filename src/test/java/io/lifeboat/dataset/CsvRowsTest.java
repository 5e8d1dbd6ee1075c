package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Files read again from the start (the importer's) go through the plain-line reader, which hands
 * over to Commons CSV at the first line that is not plain: records, widths, line numbers, header
 * problems and syntax errors are the same as Commons CSV alone gives, on random files mixing plain
 * lines with quotes, multi-line fields, CR, CRLF, empty lines, byte-order marks and bytes that are
 * not UTF-8.
 */
class CsvRowsTest {
    private static final List<String> COLUMNS = List.of("a", "b", "c");

    /** Everything a reader says about a file, one line per record or problem. */
    private static List<String> transcript(CsvRows rows) {
        List<String> out = new ArrayList<>();
        while (true) {
            try {
                if (!rows.next()) break;
            } catch (InvalidInputException e) {
                out.add("error " + e.problems());
                break;
            }
            RowSnapshot s = rows.snapshot();
            out.add(rows.line() + " width " + rows.width() + " " + String.join("|", s.values())
                    + " (" + s.line() + ", " + s.width() + ")");
        }
        return out;
    }

    private static List<String> read(byte[] bytes, boolean again) {
        List<String> out = new ArrayList<>();
        try (CsvRows rows = again
                ? CsvRows.open("f.csv", () -> new ByteArrayInputStream(bytes), COLUMNS)
                : CsvRows.open("f.csv", new ByteArrayInputStream(bytes), COLUMNS)) {
            out.add("opened");
            out.addAll(transcript(rows));
            assertThat(rows.position()).isLessThanOrEqualTo(bytes.length);
        } catch (InvalidInputException e) {
            out.add("open error " + e.problems());
        }
        return out;
    }

    private static void assertSame(byte[] bytes) {
        assertThat(read(bytes, true)).as(new String(bytes, StandardCharsets.UTF_8))
                .containsExactlyElementsOf(read(bytes, false));
    }

    @Test
    void plainFilesReadAsCommonsCsvReadsThem() {
        for (String text : List.of("", "a,b,c", "a,b,c\n", "a,b,c\r\n1,2,3", "a,b,c\r\n1,2,3\r\n", "\uFEFFc,a,b\n1,2,3\n",
                "a,b,c\n1,2\n1,2,3,4\n,,\n", "a,b\n1,2\n", "a,b,c,d\n", "a,a,b,c\n", " a ,b,c\n 1 , 2 ,3 \n",
                "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n", "\"a\",\"b\",\"c\"\n1,2,3\n", "a,b,c\n中文,😀,é\n",
                "a,b,c\n1,2,3\n\n4,5,6\n", "a,b,c\n1,\"2\n2\",3\n4,5,6\n", "a,b,c\n1,\"2\" ,3\n", "a,b,c\n1,\"2\"x,3\n",
                "a,b,c\n1,2\"x,3\n", "a,b,c\n1,\"2,3\n", "a,b,c\r1,2,3\r", "a,b,c\n1,2,3\r", "a,b,c\n \n", "\n\na,b,c\n1,2,3\n",
                "a,b,c\n1,2,3\n\n\n", "a,b,c\n\"\"\"\",2,3\n", "a,b,c\n1,2,3\n\"")) {
            assertSame(text.getBytes(StandardCharsets.UTF_8));
        }
        assertSame(new byte[] {'a', ',', 'b', ',', 'c', '\n', (byte) 0xFF, ',', (byte) 0xE4, (byte) 0xB8, ',', '3', '\n'});
    }

    @Test
    void randomFilesReadAsCommonsCsvReadsThem() {
        SplittableRandom random = new SplittableRandom(4180);
        for (int file = 0; file < 3000; file++) {
            assertSame(randomFile(random, file % 3 == 0 ? 0.0 : 0.02));
        }
    }

    @Test
    void largePlainFilesAcrossBufferBoundaries() {
        SplittableRandom random = new SplittableRandom(7);
        for (int file = 0; file < 5; file++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("b,c,a\r\n".getBytes(StandardCharsets.UTF_8));
            int rows = 20_000 + random.nextInt(20_000);
            for (int i = 0; i < rows; i++) {
                String line = i + ",名字 " + "x".repeat(random.nextInt(300)) + "," + (random.nextInt(50) == 0 ? "\"q,\"\"\"" : "v");
                out.writeBytes((line + (random.nextBoolean() ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
            }
            if (file == 4) out.writeBytes("1,\"two\nlines\",3\n".getBytes(StandardCharsets.UTF_8));
            assertSame(out.toByteArray());
        }
    }

    private static byte[] randomFile(SplittableRandom random, double oddity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(20) == 0) out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>(COLUMNS);
        java.util.Collections.shuffle(header, new java.util.Random(random.nextLong()));
        if (random.nextInt(30) == 0) header.add("d");
        if (random.nextInt(30) == 0) header.remove(0);
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) out.write(',');
            String h = header.get(i);
            out.writeBytes((random.nextInt(15) == 0 ? "\"" + h + "\"" : random.nextInt(30) == 0 ? " " + h : h)
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(eol(random, oddity));
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            int width = random.nextInt(10) == 0 ? random.nextInt(5) + 1 : 3;
            for (int f = 0; f < width; f++) {
                if (f > 0) out.write(',');
                out.writeBytes(field(random, oddity));
            }
            if (r < rows - 1 || random.nextInt(3) > 0) out.writeBytes(eol(random, oddity));
        }
        return out.toByteArray();
    }

    private static byte[] eol(SplittableRandom random, double oddity) {
        if (random.nextDouble() < oddity * 5) {
            return switch (random.nextInt(4)) {
                case 0 -> "\r".getBytes(StandardCharsets.UTF_8);
                case 1 -> "\n\n".getBytes(StandardCharsets.UTF_8);
                case 2 -> "\r\n\r\n".getBytes(StandardCharsets.UTF_8);
                default -> "\n \n".getBytes(StandardCharsets.UTF_8);
            };
        }
        return (random.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] PLAIN = {"", "x", "12", "Li Wei", " pad ", "中文", "😀", "é", "a;b", "+8613800138000"};
    private static final String[] QUOTED = {"\"\"", "\"x, y\"", "\"say \"\"hi\"\"\"", "\"中文,é\"", "\"\"\"\""};
    private static final String[] ODD = {"\"a\nb\"", "\"a\r\nb\"", "a\"b", "\"a\"b", "\"a\" ", "\"a\"\t", "\"open",
        "a\rb", "\"a\rb\"", "\"\"x"};

    private static byte[] field(SplittableRandom random, double oddity) {
        double x = random.nextDouble();
        if (x < oddity) return ODD[random.nextInt(ODD.length)].getBytes(StandardCharsets.UTF_8);
        if (x < oddity + 0.005) return new byte[] {(byte) 0xC3};
        String s = random.nextInt(8) == 0 ? QUOTED[random.nextInt(QUOTED.length)] : PLAIN[random.nextInt(PLAIN.length)];
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
