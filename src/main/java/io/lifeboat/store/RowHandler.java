package io.lifeboat.store;

/** Receives rows streamed from a query, one at a time, without holding them all in memory. */
@FunctionalInterface
public interface RowHandler<T> {
    void accept(T row);
}
