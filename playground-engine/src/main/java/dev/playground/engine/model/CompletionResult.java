package dev.playground.engine.model;

import java.time.Duration;

/**
 * The outcome of a call. {@code complete} is false when the stream ended early (cancelled or
 * broken); the text then holds what arrived, and {@code incompleteReason} says why. A result served
 * from the gateway's response cache has {@code cached} set, a near-zero {@code latency}, and the
 * latency of the call that produced it in {@code originalLatency}.
 */
public record CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                               Duration latency, boolean complete, String incompleteReason,
                               boolean cached, Duration originalLatency) {

    public CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                            Duration latency, boolean complete, String incompleteReason) {
        this(text, finishReason, usage, timeToFirstToken, latency, complete, incompleteReason, false, null);
    }

    public static CompletionResult completed(String text, String finishReason, TokenUsage usage, Duration ttft, Duration latency) {
        return new CompletionResult(text, finishReason, usage, ttft, latency, true, "");
    }

    /** This result as served again from the cache: same answer, new latency, original latency kept. */
    public CompletionResult servedFromCache(Duration cacheLatency) {
        return new CompletionResult(text, finishReason, usage, cacheLatency, cacheLatency, complete, incompleteReason, true, latency);
    }

    /**
     * Output tokens per second of generation (from the first token to the end), or 0 when it cannot be told: no
     * output, a cached answer, or a single token with no time between first token and end.
     */
    public double tokensPerSecond() {
        if (cached || usage == null || usage.outputTokens() <= 1 || latency == null || timeToFirstToken == null) return 0;
        long nanos = latency.minus(timeToFirstToken).toNanos();
        return nanos <= 0 ? 0 : (usage.outputTokens() - 1) * 1e9 / nanos;
    }
}
