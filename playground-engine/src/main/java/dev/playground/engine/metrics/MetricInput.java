package dev.playground.engine.metrics;

import dev.playground.engine.trace.Trace;
import java.time.Duration;

/**
 * What a metric may look at: the model's output, the expected answer (empty when none), the
 * call's latency and cost (null when unknown), and the tool loop's trace (null without tools).
 */
public record MetricInput(String output, String expected, Duration latency, Double costUsd, Trace trace) {
    public MetricInput {
        output = output == null ? "" : output;
        expected = expected == null ? "" : expected;
    }

    /** An answer without tools. */
    public MetricInput(String output, String expected, Duration latency, Double costUsd) {
        this(output, expected, latency, costUsd, null);
    }

    public static MetricInput of(String output, String expected) {
        return new MetricInput(output, expected, null, null);
    }
}
