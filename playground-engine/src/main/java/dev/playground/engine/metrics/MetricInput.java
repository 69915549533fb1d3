package dev.playground.engine.metrics;

import java.time.Duration;

/**
 * What a metric may look at: the model's output, the expected answer (empty when none), and the
 * call's latency and cost (null when unknown).
 */
public record MetricInput(String output, String expected, Duration latency, Double costUsd) {
    public MetricInput {
        output = output == null ? "" : output;
        expected = expected == null ? "" : expected;
    }

    public static MetricInput of(String output, String expected) {
        return new MetricInput(output, expected, null, null);
    }
}
