package dev.playground.engine.trace;

import java.time.Duration;
import java.time.Instant;

/**
 * One step of a trace. A MODEL span is one call to the model ({@code name} is the model; tokens and cost are set;
 * {@code output} is its text or "asked for N tools"). A TOOL span is one tool call ({@code name} is the tool,
 * {@code input} its arguments, {@code output} the answer given, {@code source} where the answer came from: "mock",
 * "mcp:SERVER", "person" or "refused"). {@code step} is the model call the span belongs to (1-based); {@code error}
 * is empty when it went well. {@code runId} is a MODEL span's run-log id (the row the gateway recorded for that call;
 * empty for TOOL spans and for traces kept before the link existed).
 */
public record Span(String id, Kind kind, int step, String name, Instant start, Duration duration, String input, String output,
                   String source, int inputTokens, int outputTokens, Double costUsd, String error, String runId) {
    public enum Kind { MODEL, TOOL }

    public Span {
        input = input == null ? "" : input;
        output = output == null ? "" : output;
        source = source == null ? "" : source;
        error = error == null ? "" : error;
        duration = duration == null ? Duration.ZERO : duration;
        runId = runId == null ? "" : runId;
    }

    /** A span without a run-log id. */
    public Span(String id, Kind kind, int step, String name, Instant start, Duration duration, String input, String output,
                String source, int inputTokens, int outputTokens, Double costUsd, String error) {
        this(id, kind, step, name, start, duration, input, output, source, inputTokens, outputTokens, costUsd, error, "");
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
