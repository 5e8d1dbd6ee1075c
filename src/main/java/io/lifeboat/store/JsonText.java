package io.lifeboat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** JSON text columns (per-locale titles, reasons, area lists): written and read here only. */
final class JsonText {
    /**
     * Map keys sorted: per-locale texts come from {@code Map.copyOf}, whose order changes with every JVM, so
     * without it the same incident's reasons and titles were stored as different text from run to run.
     */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> TEXT_LIST = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonText() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one row of {@code item} as the elements of a JSON array (without the brackets). */
    @FunctionalInterface
    interface Row<T> {
        void write(T item, StringBuilder json);
    }

    /**
     * Rows as one JSON array of arrays, written directly: tens of thousands of rows as one query parameter,
     * read back with {@link Dialect#jsonValues()} and {@code value ->> i}.
     */
    static <T> String rows(Collection<T> items, Row<T> row) {
        StringBuilder json = new StringBuilder(32 * items.size() + 2).append('[');
        for (T item : items) {
            if (json.length() > 1) json.append(',');
            json.append('[');
            row.write(item, json);
            json.append(']');
        }
        return json.append(']').toString();
    }

    /**
     * Appends {@code value} as a JSON string literal (quoted, escaped). Runs of characters that need no escape
     * are copied whole: Jackson's encoder appends one character at a time, which for an import of a million
     * rows cost more than checking them.
     */
    static void appendString(StringBuilder sb, String value) {
        sb.append('"');
        int n = value.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            sb.append(value, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        if (from == 0) sb.append(value);
        else sb.append(value, from, n);
        sb.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static Map<String, String> texts(String json) {
        return read(json, TEXTS);
    }

    static List<Map<String, String>> textList(String json) {
        return read(json, TEXT_LIST);
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable JSON column: " + e.getOriginalMessage());
        }
    }
}
