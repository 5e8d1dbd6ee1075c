package io.lifeboat.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The JSON shapes scripts read: field names in snake_case as documented, nulls kept (a script can rely
 * on every field being present), two-space indentation, one trailing newline.
 */
public final class Json {
    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        static final ObjectWriter PRETTY = MAPPER.writer(new JsonPrettyPrinter());
        static final ObjectWriter COMPACT = MAPPER.writer();
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    public static void print(PrintWriter out, Object value) {
        try {
            out.print(Holder.PRETTY.writeValueAsString(value));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One compact object per line, for streams (JSON Lines). */
    public static void printLine(PrintWriter out, Object value) {
        try {
            out.print(Holder.COMPACT.writeValueAsString(value));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String compact(Object value) {
        try {
            return Holder.COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
