package io.lifeboat.store;

/** A natural key that must be unique already exists: the thing was done once already (by us or a racer). */
public class DuplicateKeyException extends StoreException {
    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
