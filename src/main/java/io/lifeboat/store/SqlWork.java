package io.lifeboat.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
