package dev.playground.engine.suite;

import java.util.List;
import java.util.Optional;

/**
 * Where a suite run keeps its finished cells as they finish, so an interrupted run can be completed with
 * {@code --resume}; the store implements it (local-store), tests use {@link #inMemory()}.
 */
public interface SuiteRunRepository {
    /** An unfinished run of the same plan (by {@link SuitePlan#fingerprint()}), with the cells it finished. */
    record Unfinished(long runId, List<SuiteCell> cells) {}

    /** Starts a run record; returns its id. */
    long begin(String suiteName, String fingerprint, int totalCells);

    void saveCell(long runId, SuiteCell cell);

    /** Marks the run complete (a resume will not pick it up again), with its pass rate. */
    void finish(long runId, double passRate, boolean passed);

    Optional<Unfinished> unfinished(String fingerprint);

    /** Keeps runs in memory only: nothing survives the process. */
    static SuiteRunRepository inMemory() {
        return new InMemorySuiteRuns();
    }
}
