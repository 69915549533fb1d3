package dev.playground.engine.metrics;

import java.util.Locale;
import java.util.function.Function;

/**
 * Pass/fail checks on a number measured from the call: length in characters or words, latency in
 * milliseconds, cost in US dollars. The value is the measurement; it passes when within [min, max].
 */
public final class ThresholdMetric implements Metric {
    public enum Measure {
        CHARS("chars", in -> (double) in.output().codePointCount(0, in.output().length())),
        WORDS("words", in -> (double) Tokenizer13a.splitOnWhitespace(in.output()).size()),
        LATENCY_MS("latency-ms", in -> in.latency() == null ? null : (double) in.latency().toMillis()),
        COST_USD("cost-usd", MetricInput::costUsd);

        private final String label;
        private final Function<MetricInput, Double> reader;

        Measure(String label, Function<MetricInput, Double> reader) {
            this.label = label;
            this.reader = reader;
        }

        public String label() {
            return label;
        }
    }

    private final Measure measure;
    private final Double min;
    private final Double max;

    public ThresholdMetric(Measure measure, Double min, Double max) {
        if (min == null && max == null) throw new IllegalArgumentException(measure.label + ": give a minimum, a maximum or both.");
        this.measure = measure;
        this.min = min;
        this.max = max;
    }

    public static ThresholdMetric atMost(Measure measure, double max) {
        return new ThresholdMetric(measure, null, max);
    }

    @Override
    public String name() {
        if (min == null) return measure.label + "<=" + format(max);
        if (max == null) return measure.label + ">=" + format(min);
        return measure.label + ":" + format(min) + ".." + format(max);
    }

    @Override
    public Score evaluate(MetricInput input) {
        Double value = measure.reader.apply(input);
        if (value == null) return Score.failed(name(), "The " + measure.label + " of this call is not known.", "");
        boolean ok = (min == null || value >= min) && (max == null || value <= max);
        return Score.ofValueAndPass(name(), value, ok, format(value));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.6f", value);
    }
}
