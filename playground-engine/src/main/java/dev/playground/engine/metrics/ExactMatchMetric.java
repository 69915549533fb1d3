package dev.playground.engine.metrics;

/** Passes when the output equals the expected answer, ignoring leading and trailing whitespace. */
public final class ExactMatchMetric implements Metric {
    @Override
    public boolean needsExpected() {
        return true;
    }

    @Override
    public String name() {
        return "exact";
    }

    @Override
    public Score evaluate(MetricInput input) {
        boolean equal = input.output().strip().equals(input.expected().strip());
        return Score.ofPass(name(), equal, equal ? "identical" : "differs from the expected answer");
    }
}
