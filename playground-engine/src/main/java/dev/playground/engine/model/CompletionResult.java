package dev.playground.engine.model;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a call. {@code complete} is false when the stream ended early (cancelled or
 * broken); the text then holds what arrived, and {@code incompleteReason} says why. A result served
 * from the gateway's response cache has {@code cached} set, a near-zero {@code latency}, and the
 * latency of the call that produced it in {@code originalLatency}. {@code toolCalls} are the tools the model asked
 * for (in the order it asked; several when it asks in parallel); empty for a plain answer.
 */
public record CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                               Duration latency, boolean complete, String incompleteReason,
                               boolean cached, Duration originalLatency, List<ToolCall> toolCalls) {

    public CompletionResult {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                            Duration latency, boolean complete, String incompleteReason,
                            boolean cached, Duration originalLatency) {
        this(text, finishReason, usage, timeToFirstToken, latency, complete, incompleteReason, cached, originalLatency, List.of());
    }

    public CompletionResult(String text, String finishReason, TokenUsage usage, Duration timeToFirstToken,
                            Duration latency, boolean complete, String incompleteReason) {
        this(text, finishReason, usage, timeToFirstToken, latency, complete, incompleteReason, false, null);
    }

    public static CompletionResult completed(String text, String finishReason, TokenUsage usage, Duration ttft, Duration latency) {
        return new CompletionResult(text, finishReason, usage, ttft, latency, true, "");
    }

    /** This result as served again from the cache: same answer, new latency, original latency kept. */
    public CompletionResult servedFromCache(Duration cacheLatency) {
        return new CompletionResult(text, finishReason, usage, cacheLatency, cacheLatency, complete, incompleteReason, true, latency, toolCalls);
    }

    /** This result asking for {@code calls}. */
    public CompletionResult withToolCalls(List<ToolCall> calls) {
        return new CompletionResult(text, finishReason, usage, timeToFirstToken, latency, complete, incompleteReason, cached, originalLatency, calls);
    }

    /** This result with other text (a guardrail's masking), tool calls kept. */
    public CompletionResult withText(String newText) {
        return new CompletionResult(newText, finishReason, usage, timeToFirstToken, latency, complete, incompleteReason, cached, originalLatency, toolCalls);
    }

    /** True when the model asked for tools instead of (or besides) answering. */
    public boolean wantsTools() {
        return !toolCalls.isEmpty();
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
