package dev.playground.engine.local;

/** A model file that cannot be used, with a message (in the user's language) that names it and says what to do. */
public class LocalModelException extends RuntimeException {
    public LocalModelException(String message) {
        super(message);
    }
}
