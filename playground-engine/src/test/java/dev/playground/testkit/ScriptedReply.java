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
    /** Tool calls to send instead of text (several: a parallel request); empty for a text answer. */
    List<Call> calls = List.of();

    /** One tool call as the model would send it: the call's id, the tool's name and its arguments as JSON text. */
    public record Call(String id, String name, String arguments) {}

    /** The model asks for these tools (all in one turn, as a parallel request when more than one); arguments stream in pieces. */
    public static ScriptedReply toolCalls(Call... calls) {
        ScriptedReply reply = new ScriptedReply(List.of(), 0, 0, -1, 200, "", Map.of());
        reply.calls = List.of(calls);
        return reply;
    }

    /** The arguments of a call in two pieces, as providers stream them (split inside the JSON text). */
    static List<String> pieces(String arguments) {
        int half = arguments.length() / 2;
        return half == 0 ? List.of(arguments) : List.of(arguments.substring(0, half), arguments.substring(half));
    }

    boolean isToolCalls() {
        return !calls.isEmpty();
    }

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
