package dev.playground.engine.model;

/** Tokens in and out; {@code reported} is false when we counted them ourselves. */
public record TokenUsage(int inputTokens, int outputTokens, boolean reported) {
    public int total() {
        return inputTokens + outputTokens;
    }
}
