package dev.playground.engine.monitor;

/** A limit that is passed: what, the value measured and the limit set. */
public record Alert(Kind kind, double value, double threshold) {
    public enum Kind { ERROR_RATE, P95_LATENCY, DAILY_COST, THUMBS_DOWN_RATE }
}
