package dev.playground.engine.model;

/** A model call that failed, with a message a person can act on (never a key, never a stack trace). */
public class ProviderException extends RuntimeException {
    public enum Kind { AUTHENTICATION, RATE_LIMITED, SERVER, BAD_REQUEST, NETWORK, TIMEOUT, CANCELLED, CONFIGURATION }

    private final Kind kind;
    private final int httpStatus;

    public ProviderException(Kind kind, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public ProviderException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
