package io.lifeboat.dataset;

import java.util.List;

/** One CSV format of the interface contract: its columns, how a row is validated, how a value is written. */
interface CsvCodec<T> {
    List<String> columns();

    /** The natural key's column, for duplicate detection and messages. */
    String keyField();

    String key(T value);

    /** Validates the current row; returns the value, or null when {@code check} recorded problems. */
    T read(RowCheck check);

    /** The row's fields in {@link #columns()} order, as the import format writes them. */
    List<String> write(T value);
}
