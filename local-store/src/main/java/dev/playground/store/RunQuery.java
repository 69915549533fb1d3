package dev.playground.store;

import dev.playground.engine.runlog.RunStatus;
import java.time.Instant;

/**
 * Filters for the run log; null or blank means "any". {@code prompt} and {@code model} match
 * case-insensitively anywhere in the name; {@code from} is inclusive, {@code to} exclusive.
 */
public record RunQuery(String prompt, String model, Instant from, Instant to, RunStatus status, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public RunQuery {
        if (limit < 1) throw new IllegalArgumentException("The limit must be at least 1.");
    }

    public static RunQuery latest(int limit) {
        return new RunQuery(null, null, null, null, null, limit);
    }
}
