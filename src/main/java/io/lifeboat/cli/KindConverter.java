package io.lifeboat.cli;

import io.lifeboat.model.SegmentKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a segment kind (hotel, cruise, coach, flight, train, tour, activity). */
public final class KindConverter implements ITypeConverter<SegmentKind> {
    @Override
    public SegmentKind convert(String value) {
        SegmentKind k = SegmentKind.parse(value.strip().toLowerCase(Locale.ROOT));
        if (k == null) {
            throw new TypeConversionException("'" + value + "' is not a kind; expected " + SegmentKind.codes());
        }
        return k;
    }

    /** Completion candidates. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SegmentKind.values()).map(SegmentKind::code).iterator();
        }
    }
}
