package dev.playground.engine.compare;

import java.util.List;
import java.util.Optional;

/** How stable a number is across the samples of a cell: mean, sample standard deviation, min and max. */
public record Spread(int count, double mean, double stdDev, double min, double max) {
    public static Optional<Spread> of(List<Double> values) {
        List<Double> present = values.stream().filter(v -> v != null && !v.isNaN()).toList();
        if (present.isEmpty()) return Optional.empty();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : present) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / present.size();
        double squares = 0;
        for (double v : present) squares += (v - mean) * (v - mean);
        double stdDev = present.size() > 1 ? Math.sqrt(squares / (present.size() - 1)) : 0;
        return Optional.of(new Spread(present.size(), mean, stdDev, min, max));
    }
}
