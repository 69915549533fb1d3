package dev.playground.engine.dataset.generate;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.ProviderException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a generation ended: the rows made (in passage order) with the passage each came from, the answers that could not be used and why, how many
 * passages were asked about; {@code cancelled} when it was stopped, {@code failure} when a model call failed (the
 * generation stops at the first failed call: the rows then are incomplete and should not be kept).
 */
public record GenerationResult(List<DatasetRow> rows, List<SourcePassage> sources, List<Skip> skipped, int asked, boolean cancelled,
                               ProviderException failure) {
    public GenerationResult {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
        if (sources.size() != rows.size()) throw new IllegalArgumentException("one source per row");
        skipped = List.copyOf(skipped);
    }

    /** One answer that did not become a row. */
    public record Skip(SourcePassage passage, SkipReason reason) {}

    /** True when every passage was asked about and no call failed. */
    public boolean complete() {
        return !cancelled && failure == null;
    }

    /** How many answers were skipped for each reason, in the reasons' order. */
    public Map<SkipReason, Integer> skipCounts() {
        Map<SkipReason, Integer> counts = new TreeMap<>();
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }
}
