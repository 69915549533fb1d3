package dev.playground.engine.compare;

import dev.playground.engine.metrics.Score;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All samples of one cell, in sample order, with summaries across them. */
public record CellResult(CellKey key, List<SampleResult> samples) {
    public CellResult {
        samples = List.copyOf(samples);
    }

    public Optional<SampleResult> first() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(0));
    }

    public boolean anyFailed() {
        return samples.stream().anyMatch(SampleResult::failed);
    }

    public Optional<Spread> latencyMillis() {
        return Spread.of(samples.stream().filter(s -> !s.failed() && s.latency() != null).map(s -> (double) s.latency().toMillis()).toList());
    }

    /** Spread of each score's value across samples, by score name in first-seen order. */
    public Map<String, Spread> scoreSpreads() {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(s -> s.scores().forEach(score -> names.add(score.name())));
        Map<String, Spread> spreads = new LinkedHashMap<>();
        for (String name : names) {
            List<Double> values = samples.stream().map(s -> s.score(name).map(Score::value).orElse(null)).toList();
            Spread.of(values).ifPresent(spread -> spreads.put(name, spread));
        }
        return spreads;
    }

    /** How many different answers the samples gave (1 means the variant is stable). */
    public long distinctOutputs() {
        return samples.stream().filter(s -> !s.failed()).map(s -> s.output().strip()).distinct().count();
    }
}
