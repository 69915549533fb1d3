package dev.playground.engine.secrets;

/** A key could not be read or written; the message says where and never contains the key. */
public class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
