package io.lifeboat.cli;

import io.lifeboat.dataset.Dataset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a dataset name (bookings, segments, suppliers) for export and completion. */
final class DatasetConverter implements ITypeConverter<Dataset> {
    @Override
    public Dataset convert(String value) {
        for (Dataset d : Dataset.values()) {
            if (d.code().equals(value.toLowerCase(Locale.ROOT))) return d;
        }
        throw new TypeConversionException("'" + value + "' is not a dataset; expected bookings, segments or suppliers");
    }

    /** Completion candidates. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bookings", "segments", "suppliers").iterator();
        }
    }
}
