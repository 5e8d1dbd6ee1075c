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
