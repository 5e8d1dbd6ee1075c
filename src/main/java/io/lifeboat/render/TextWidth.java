package io.lifeboat.render;

/**
 * How many terminal columns text takes: CJK ideographs, kana, Hangul and full-width forms take two,
 * combining marks and zero-width characters none. Without this, a table with 王伟 or 東京 in it
 * falls out of line.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static int of(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    public static int of(int cp) {
        if (cp == 0 || cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        if (cp >= 0x200B && cp <= 0x200F) return 0;
        return isWide(cp) ? 2 : 1;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Pads with spaces on the right (or left) to exactly {@code width} columns. */
    public static String pad(String s, int width, boolean right) {
        int gap = width - of(s);
        if (gap <= 0) return s;
        return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
    }
}
