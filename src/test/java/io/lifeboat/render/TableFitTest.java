package io.lifeboat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A table wider than the terminal shares the wrapping among its wrappable columns. */
class TableFitTest {
    private static String print(Table t, int width) {
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out), Style.plain(), width);
        return out.toString();
    }

    @Test
    void theWidestColumnsGiveWayTogether() {
        Table t = new Table(Table.Column.fixed("ID"), Table.Column.left("A"), Table.Column.left("B"));
        t.row("x", "one two three four five six seven eight", "alpha beta gamma delta epsilon");
        String out = print(t, 40);
        assertThat(out.lines()).allSatisfy(l -> assertThat(TextWidth.of(l)).isLessThanOrEqualTo(40));
        // neither column is crushed to the minimum while the other stays wide
        assertThat(out.lines().skip(1).findFirst().orElseThrow()).contains("one two three", "alpha beta");
    }

    @Test
    void aTableThatFitsIsLeftAlone() {
        Table t = new Table(Table.Column.fixed("ID"), Table.Column.left("TEXT"));
        t.row("a", "short text");
        assertThat(print(t, 80)).isEqualTo("ID  TEXT\na   short text\n");
    }
}
