package io.lifeboat.store;

import java.sql.SQLException;

/**
 * A write of many rows in progress (an import): what must still run once its rows are written, in the same
 * transaction, before it commits.
 */
@FunctionalInterface
public interface BulkWrite {
    BulkWrite NONE = () -> { };

    void finish() throws SQLException;
}
