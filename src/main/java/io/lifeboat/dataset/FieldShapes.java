package io.lifeboat.dataset;

/**
 * The shapes of id, phone, e-mail and region fields, tested character by character. Each method accepts
 * exactly what the regular expression in its comment accepts ({@code FieldShapesTest} compares them on
 * random strings); a million-row import spent about 1 s of CPU matching those expressions, allocating a
 * matcher for every field.
 */
final class FieldShapes {
    private FieldShapes() {
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}} */
    static boolean isId(String v) {
        int n = v.length();
        if (n == 0 || n > 64 || !isAlnum(v.charAt(0))) return false;
        for (int i = 1; i < n; i++) {
            char c = v.charAt(i);
            if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') return false;
        }
        return true;
    }

    /** {@code \+[1-9][0-9]{6,14}} */
    static boolean isE164(String v) {
        int n = v.length();
        if (n < 8 || n > 16 || v.charAt(0) != '+' || v.charAt(1) == '0') return false;
        for (int i = 1; i < n; i++) {
            if (!isDigit(v.charAt(i))) return false;
        }
        return true;
    }

    /**
     * {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+}: one '@' after a non-empty local part, then two or more non-empty
     * labels separated by dots; no white space anywhere ({@code \s} is ASCII white space).
     */
    static boolean isEmail(String v) {
        int n = v.length();
        int at = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (isSpace(c)) return false;
            if (c == '@') {
                if (at >= 0) return false;
                at = i;
            }
        }
        if (at <= 0) return false;
        int labels = 0;
        int length = 0;
        for (int i = at + 1; i < n; i++) {
            if (v.charAt(i) != '.') {
                length++;
            } else if (length == 0) {
                return false;
            } else {
                labels++;
                length = 0;
            }
        }
        return length > 0 && labels >= 1;
    }

    /** {@code [A-Z]{2}(-[A-Z0-9]{1,3})*} */
    static boolean isRegion(String v) {
        int n = v.length();
        if (n < 2 || !isUpper(v.charAt(0)) || !isUpper(v.charAt(1))) return false;
        int i = 2;
        while (i < n) {
            if (v.charAt(i) != '-') return false;
            int start = ++i;
            while (i < n && (isUpper(v.charAt(i)) || isDigit(v.charAt(i)))) i++;
            int length = i - start;
            if (length < 1 || length > 3) return false;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
