package dev.playground.app.cli;

/** The user's input cannot be used (exit code 2); the message names what and says what to do. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
