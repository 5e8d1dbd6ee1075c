package io.lifeboat.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fast RFC 4180 writer for generated data: quotes a field only when it must, CRLF line ends. */
final class CsvLineWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private int fieldsInLine;
    private long rows;

    CsvLineWriter(Path file, String header) {
        try {
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
            out.write(header);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvLineWriter field(String value) {
        if (fieldsInLine > 0) line.append(',');
        fieldsInLine++;
        if (value == null) return this;
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvLineWriter field(long value) {
        return field(Long.toString(value));
    }

    void end() {
        try {
            line.append("\r\n");
            out.append(line);
            line.setLength(0);
            fieldsInLine = 0;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
