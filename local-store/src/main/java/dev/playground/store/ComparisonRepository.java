package dev.playground.store;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.ComparisonRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Saved comparisons: set-up, every sample with its scores, and people's feedback per cell. */
public interface ComparisonRepository {
    record Summary(long id, String title, Instant createdAt, Instant updatedAt, int variants, int rows) {}

    /** Saves a new comparison with everything in it; returns its id. */
    long create(ComparisonRecord record);

    /** Replaces a saved comparison's set-up, results and feedback in one transaction. */
    void replace(long id, ComparisonRecord record);

    /** Replaces one cell's samples (after a re-run), keeping the rest. */
    void saveCell(long id, CellResult cell);

    /** Stores (or clears, when empty) the feedback on one cell. */
    void saveFeedback(long id, CellFeedback feedback);

    Optional<ComparisonRecord> load(long id);

    List<Summary> list();

    void delete(long id);
}
