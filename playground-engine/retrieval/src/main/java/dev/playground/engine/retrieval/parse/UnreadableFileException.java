package dev.playground.engine.retrieval.parse;

/** A file that cannot be indexed; the message says why and what the user can do, in one sentence. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
