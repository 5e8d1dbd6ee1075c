package io.lifeboat.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The layout of Lifeboat's JSON: two-space indent, {@code "key": value} (as jq prints it), and empty
 * containers as {@code []} / {@code {}} rather than Jackson's {@code [ ]}.
 */
final class JsonPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    JsonPrettyPrinter() {
        super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentArraysWith(indenter);
        indentObjectsWith(indenter);
    }

    private JsonPrettyPrinter(JsonPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new JsonPrettyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (!_arrayIndenter.isInline()) --_nesting;
        if (nrOfValues > 0) _arrayIndenter.writeIndentation(g, _nesting);
        g.writeRaw(']');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (!_objectIndenter.isInline()) --_nesting;
        if (nrOfEntries > 0) _objectIndenter.writeIndentation(g, _nesting);
        g.writeRaw('}');
    }
}
