package dev.playground.engine.bundle;

/** One file cannot be read or written; the message names what is wrong and what to do. */
public class BundleFileException extends Exception {
    public BundleFileException(String message) {
        super(message);
    }

    public BundleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
