package io.lifeboat.store;

/** A database failure that is not the user's input: exit code 1, with the cause's message. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
