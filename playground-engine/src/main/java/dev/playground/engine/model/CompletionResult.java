package dev.playground.engine.model;

import java.time.Duration;

/**
 * The outcome of a call. {@code complete} is false when the stream ended early (cancelled or
 * broken); the text then holds what arrived, and {@code incompleteReason} says why.
 */
public record CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                               Duration latency, boolean complete, String incompleteReason) {
    public static CompletionResult completed(String text, String finishReason, TokenUsage usage, Duration ttft, Duration latency) {
        return new CompletionResult(text, finishReason, usage, ttft, latency, true, "");
    }
}
