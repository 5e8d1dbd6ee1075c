package io.lifeboat.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables line up with CJK double-width text and wrap to the terminal width. */
class TableTest {
    private static String render(Table t, int width) {
        StringWriter w = new StringWriter();
        t.print(new PrintWriter(w), Style.plain(), width);
        return w.toString();
    }

    private static Table travelers() {
        return new Table(Table.Column.fixed("ID"), Table.Column.left("NAME"), Table.Column.right("PARTY"),
                Table.Column.left("NOTE"))
                .row("B1", "王伟", 2, "需要轮椅，请安排无障碍房间")
                .row("B2", "James Smith", 1, "arrives late from Heathrow")
                .row("B3", "佐藤 健", 3, "ベビーカーあり")
                .row("B4", "陳大文", 12, "");
    }

    @Test
    void cjkColumnsAlign() {
        String out = render(travelers(), 0);
        Golden.assertMatches("table-cjk.txt", out);
        // Every row's PARTY column ends at the same display column.
        List<String> lines = out.lines().toList();
        int end = TextWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("PARTY") + 5));
        for (String line : lines.subList(1, lines.size())) {
            String before = line.replaceAll("^(\\S+\\s+.*?\\s+\\d+)\\s.*$", "$1");
            assertThat(TextWidth.of(before)).as(line).isEqualTo(end);
        }
    }

    @Test
    void wideTablesWrapToTheWidth() {
        String out = render(travelers(), 40);
        Golden.assertMatches("table-cjk-wrapped.txt", out);
        out.lines().forEach(l -> assertThat(TextWidth.of(l)).as(l).isLessThanOrEqualTo(40));
    }

    /** Scripts of every width in one table: Hangul, kana (full and half width), full-width Latin, accents. */
    private static Table mixedScripts() {
        return new Table(Table.Column.fixed("REGION"), Table.Column.left("GUIDE"), Table.Column.right("PAX"),
                Table.Column.left("SPECIAL NOTE"))
                .row("KR-11", "김민준", 4, "휠체어 사용, 엘리베이터 있는 호텔 필요")
                .row("JP-47", "ｻﾄｳ ｹﾝ", 2, "ＶＩＰ：那覇空港で出迎え、花粉アレルギー")
                .row("CN-GD-SZ", "李娜（导游）", 38, "台风预警：改为深圳博物馆文化日")
                .row("FR", "Zoé Lefèvre", 1, "Cafe\u0301 voucher; needs e\u0301lan")
                .row("HK", "陳大文", 1234, "");
    }

    @Test
    void mixedWidthScriptsAlignInTheGolden() {
        String out = render(mixedScripts(), 0);
        Golden.assertMatches("table-cjk-mixed.txt", out);
        assertColumnsAligned(out, 0);
        // An odd width: a double-width character never straddles the edge or a column boundary.
        String narrow = render(mixedScripts(), 47);
        Golden.assertMatches("table-cjk-mixed-47.txt", narrow);
        assertColumnsAligned(narrow, 47);
    }

    /** Random tables of mixed-width text, at random widths, keep every column at its display column. */
    @Test
    void randomMixedWidthTablesStayAligned() {
        String[] pool = {"王", "伟", "안", "녕", "ｶ", "ﾅ", "Ａ", "a", "b", "e\u0301", " ", "、", "。", "x", "1"};
        java.util.Random random = new java.util.Random(20260701);
        for (int round = 0; round < 300; round++) {
            Table t = new Table(Table.Column.fixed("ID"), Table.Column.left("NAME"), Table.Column.right("N"),
                    Table.Column.left("NOTE"));
            int rows = 1 + random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                t.row("R" + r, text(random, pool, 1 + random.nextInt(12)), random.nextInt(100000),
                        text(random, pool, random.nextInt(40)));
            }
            int width = random.nextBoolean() ? 0 : 30 + random.nextInt(50);
            assertColumnsAligned(render(t, width), width);
        }
    }

    private static String text(java.util.Random random, String[] pool, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(pool[random.nextInt(pool.length)]);
        return b.toString().strip();
    }

    /**
     * Every line fits {@code width} (0: any); each left-aligned column after the first starts at the display
     * column of its header, right after a space, and the right-aligned third column ends where its header
     * ends, right before a space; no double-width character is cut across a boundary.
     */
    private static void assertColumnsAligned(String out, int width) {
        List<String> lines = out.lines().toList();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+(?: \\S+)*").matcher(lines.get(0));
        List<int[]> headers = new java.util.ArrayList<>();
        while (m.find()) headers.add(new int[] {m.start(), m.end()});
        assertThat(headers).hasSize(4);
        for (String line : lines) {
            if (width > 0) assertThat(TextWidth.of(line)).as(line).isLessThanOrEqualTo(width);
            List<Integer> cells = displayCells(line);
            for (int col : new int[] {1, 3}) {
                int start = headers.get(col)[0];
                if (start >= cells.size()) continue;
                assertThat(cells.get(start - 1)).as("gutter before column %d in: %s", col, line).isEqualTo((int) ' ');
                assertThat(cells.get(start)).as("column %d starts mid-character in: %s", col, line).isNotEqualTo(-1);
            }
            int end = headers.get(2)[1];
            if (end < cells.size()) {
                assertThat(cells.get(end)).as("gutter after the right-aligned column in: %s", line).isEqualTo((int) ' ');
            }
        }
    }

    /** The code point shown in each display cell of a line; -1 for the right half of a wide character. */
    private static List<Integer> displayCells(String line) {
        List<Integer> cells = new java.util.ArrayList<>();
        line.codePoints().forEach(cp -> {
            int w = TextWidth.of(cp);
            if (w == 0) return;
            cells.add(cp);
            if (w == 2) cells.add(-1);
        });
        return cells;
    }

    @Test
    void widths() {
        assertThat(TextWidth.of("abc")).isEqualTo(3);
        assertThat(TextWidth.of("王伟")).isEqualTo(4);
        assertThat(TextWidth.of("ｶﾀｶﾅ")).isEqualTo(4);
        assertThat(TextWidth.of("ＡＢ")).isEqualTo(4);
        assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
        assertThat(TextWidth.of("한국")).isEqualTo(4);
    }

    @Test
    void masking() {
        assertThat(Mask.phone("+8613800138000")).isEqualTo("+86*******8000");
        assertThat(Mask.email("wang.wei@example.cn")).isEqualTo("w***@example.cn");
        assertThat(Mask.address("+447400123456")).isEqualTo("+44******3456");
        assertThat(Mask.phone(null)).isEmpty();
    }
}
