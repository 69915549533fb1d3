package dev.playground.engine.monitor;

import java.util.Arrays;

/**
 * p50, p95 and p99 in milliseconds, exact on the raw values: the nearest-rank percentile (the smallest value
 * with at least p of the values at or below it). All NaN when there were no values.
 */
public record Percentiles(double p50, double p95, double p99, int count) {
    public static final Percentiles NONE = new Percentiles(Double.NaN, Double.NaN, Double.NaN, 0);

    /** From microseconds; sorts {@code micros} (its first {@code size} values) in place. */
    static Percentiles ofMicros(long[] micros, int size) {
        if (size == 0) return NONE;
        Arrays.sort(micros, 0, size);
        return new Percentiles(rank(micros, size, 50), rank(micros, size, 95), rank(micros, size, 99), size);
    }

    private static double rank(long[] sorted, int size, int percent) {
        int index = (int) (((long) percent * size + 99) / 100) - 1; // ceil(p * n) - 1 in whole numbers
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1000.0;
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
