package dev.playground.engine.model;

import java.time.Duration;

/** A model call that failed, with a message a person can act on (never a key, never a stack trace). */
public class ProviderException extends RuntimeException {
    public enum Kind { AUTHENTICATION, RATE_LIMITED, SERVER, BAD_REQUEST, NETWORK, TIMEOUT, CANCELLED, CONFIGURATION }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public ProviderException(Kind kind, int httpStatus, String message, Throwable cause) {
        this(kind, httpStatus, message, cause, null);
    }

    /** {@code retryAfter} is the wait the server asked for (HTTP Retry-After), or null when it named none. */
    public ProviderException(Kind kind, int httpStatus, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
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

    public Duration retryAfter() {
        return retryAfter;
    }
}
