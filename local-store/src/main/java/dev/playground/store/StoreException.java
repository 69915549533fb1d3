package dev.playground.store;

/** A store operation failed; the message says what to do. Nothing was half-written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
