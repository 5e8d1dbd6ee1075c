package io.lifeboat.common;

/**
 * One thing wrong with an input, located precisely enough that a person can open the file and fix it.
 * Rendered as {@code FILE:LINE: field: reason} (or {@code FILE:LINE:COL: message} when a column is known).
 */
public record Problem(String file, long line, long column, String field, String reason) {

    public static Problem at(String file, long line, String field, String reason) {
        return new Problem(file, line, 0, field, reason);
    }

    public static Problem atColumn(String file, long line, long column, String reason) {
        return new Problem(file, line, column, null, reason);
    }

    public static Problem general(String file, String reason) {
        return new Problem(file, 0, 0, null, reason);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) sb.append(field).append(": ");
        return sb.append(reason).toString();
    }
}
