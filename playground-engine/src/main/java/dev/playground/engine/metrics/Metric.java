package dev.playground.engine.metrics;

/** A deterministic check of one output. Implementations are stateless and thread-safe. */
public interface Metric {
    /** Short name shown in column headers and exports, e.g. {@code rouge-l} or {@code contains:Paris}. */
    String name();

    Score evaluate(MetricInput input);

    /** True when the metric compares against an expected answer: without one it has nothing to say and is left out. */
    default boolean needsExpected() {
        return false;
    }
}
