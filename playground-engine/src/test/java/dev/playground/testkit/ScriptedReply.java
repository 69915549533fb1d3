package dev.playground.testkit;

import java.util.List;
import java.util.Map;

/**
 * What a wire test server should do with one request, independent of the protocol: stream these
 * tokens (optionally slowly, optionally cut off), or fail with an HTTP status and headers. Each
 * server renders it in its own wire format.
 */
public class ScriptedReply {
    final List<String> tokens;
    final long firstDelayMillis;
    final long perTokenDelayMillis;
    final int cutAfter;
    final int status;
    final String errorMessage;
    final Map<String, String> headers;

    protected ScriptedReply(List<String> tokens, long firstDelayMillis, long perTokenDelayMillis, int cutAfter, int status,
                            String errorMessage, Map<String, String> headers) {
        this.tokens = List.copyOf(tokens);
        this.firstDelayMillis = firstDelayMillis;
        this.perTokenDelayMillis = perTokenDelayMillis;
        this.cutAfter = cutAfter;
        this.status = status;
        this.errorMessage = errorMessage;
        this.headers = Map.copyOf(headers);
    }

    /** Streams (or, for non-streaming requests, returns) these pieces as the answer. */
    public static ScriptedReply stream(String... tokens) {
        return new ScriptedReply(List.of(tokens), 0, 0, -1, 200, "", Map.of());
    }

    public static ScriptedReply streamWithDelays(long firstTokenDelayMillis, long perTokenDelayMillis, String... tokens) {
        return new ScriptedReply(List.of(tokens), firstTokenDelayMillis, perTokenDelayMillis, -1, 200, "", Map.of());
    }

    /** Sends the first {@code tokens} pieces, then drops the connection without ending the stream. */
    public static ScriptedReply cutAfter(int tokens, String... pieces) {
        return new ScriptedReply(List.of(pieces), 0, 0, tokens, 200, "", Map.of());
    }

    public static ScriptedReply error(int status, String message) {
        return new ScriptedReply(List.of(), 0, 0, -1, status, message, Map.of());
    }

    /** HTTP 429 with {@code Retry-After} in seconds. */
    public static ScriptedReply rateLimited(int retryAfterSeconds) {
        return new ScriptedReply(List.of(), 0, 0, -1, 429, "Rate limit reached. Please retry.",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** HTTP 503 without Retry-After, as an overloaded server sends it. */
    public static ScriptedReply unavailable() {
        return new ScriptedReply(List.of(), 0, 0, -1, 503, "The server is overloaded. Please retry.", Map.of());
    }

    boolean isError() {
        return status >= 300;
    }
}
