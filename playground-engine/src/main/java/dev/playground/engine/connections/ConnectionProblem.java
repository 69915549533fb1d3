package dev.playground.engine.connections;

/** A connection that cannot be saved or found as asked (bad input, exit 2); the message says what to do. */
public final class ConnectionProblem extends IllegalArgumentException {
    public ConnectionProblem(String message) {
        super(message);
    }
}
