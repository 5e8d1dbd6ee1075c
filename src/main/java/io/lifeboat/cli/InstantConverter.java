package io.lifeboat.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO-8601 instant that carries its offset ({@code +08:00} or {@code Z}); a bare local time is refused. */
public final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(value.strip());
                throw new TypeConversionException("'" + value + "' has no UTC offset; write it like "
                        + "2026-07-01T00:00:00+08:00 or 2026-06-30T16:00:00Z");
            } catch (DateTimeParseException e2) {
                throw new TypeConversionException("'" + value + "' is not an ISO-8601 date-time with offset "
                        + "(e.g. 2026-07-01T00:00:00+08:00)");
            }
        }
    }
}
