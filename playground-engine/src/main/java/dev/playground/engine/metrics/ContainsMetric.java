package dev.playground.engine.metrics;

import java.util.Locale;

/** Passes when the output contains the given text (case-sensitive unless asked otherwise). */
public final class ContainsMetric implements Metric {
    private final String needle;
    private final boolean ignoreCase;

    public ContainsMetric(String needle, boolean ignoreCase) {
        if (needle == null || needle.isEmpty()) throw new IllegalArgumentException("contains: give the text to look for, e.g. contains:Paris");
        this.needle = needle;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public String name() {
        return (ignoreCase ? "icontains:" : "contains:") + needle;
    }

    @Override
    public Score evaluate(MetricInput input) {
        boolean found = ignoreCase
                ? input.output().toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))
                : input.output().contains(needle);
        return Score.ofPass(name(), found, found ? "found" : "not found");
    }
}
