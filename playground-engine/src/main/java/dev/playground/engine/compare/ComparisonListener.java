package dev.playground.engine.compare;

/**
 * Hears a comparison as it runs, on background threads, possibly from several cells at once.
 * Per sample: {@link #onSampleStarted}, any number of {@link #onToken}, then {@link #onSampleFinished}
 * (with scores, or with an error). {@link #onCellFinished} follows the cell's last sample.
 */
public interface ComparisonListener {
    ComparisonListener NONE = new ComparisonListener() {};

    default void onSampleStarted(CellKey cell, int sample) {}

    default void onToken(CellKey cell, int sample, String token) {}

    default void onSampleFinished(CellKey cell, SampleResult result) {}

    default void onCellFinished(CellResult result) {}
}
