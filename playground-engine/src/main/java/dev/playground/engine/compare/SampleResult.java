package dev.playground.engine.compare;

import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One answer in a cell with everything measured about it. {@code error} is empty when the call
 * worked; when it failed, {@code output} keeps whatever text had arrived. {@code context} is the
 * retrieved text the prompt was given (empty with retrieval off). {@code runId} is the id of the call's run-log entry
 * (feedback and judge scores go to it); null when no call was made. {@code trace} is the tool loop's trace when the
 * prompt has tools (its model calls and tool calls), null otherwise.
 */
public record SampleResult(int index, String output, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                           Duration latency, Double costUsd, String error, List<Score> scores, String context, String runId, Trace trace) {
    public SampleResult {
        output = output == null ? "" : output;
        finishReason = finishReason == null ? "" : finishReason;
        usage = usage == null ? new TokenUsage(0, 0, false) : usage;
        error = error == null ? "" : error;
        scores = scores == null ? List.of() : List.copyOf(scores);
        context = context == null ? "" : context;
    }

    /** A sample without tools. */
    public SampleResult(int index, String output, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                        Duration latency, Double costUsd, String error, List<Score> scores, String context, String runId) {
        this(index, output, finishReason, usage, timeToFirstToken, latency, costUsd, error, scores, context, runId, null);
    }

    /** A sample without its run-log id. */
    public SampleResult(int index, String output, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                        Duration latency, Double costUsd, String error, List<Score> scores, String context) {
        this(index, output, finishReason, usage, timeToFirstToken, latency, costUsd, error, scores, context, null, null);
    }

    public static SampleResult failed(int index, String error) {
        return new SampleResult(index, "", "error", null, null, null, null, error, List.of(), "");
    }

    /** The tool calls the model made, in order (empty without tools). */
    public List<Span> toolCalls() {
        return trace == null ? List.of() : trace.toolSpans();
    }

    public boolean failed() {
        return !error.isEmpty();
    }

    public Optional<Score> score(String name) {
        return scores.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
