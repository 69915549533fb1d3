package dev.playground.engine.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SuiteRunRepository} in memory, for tests and for runs that need no resume. */
final class InMemorySuiteRuns implements SuiteRunRepository {
    private record Run(String fingerprint, List<SuiteCell> cells, boolean[] finished) {}

    private final Map<Long, Run> runs = new HashMap<>();
    private long next = 1;

    @Override
    public synchronized long begin(String suiteName, String fingerprint, int totalCells) {
        runs.put(next, new Run(fingerprint, new ArrayList<>(), new boolean[1]));
        return next++;
    }

    @Override
    public synchronized void saveCell(long runId, SuiteCell cell) {
        Run run = runs.get(runId);
        if (run != null) run.cells().add(cell);
    }

    @Override
    public synchronized void finish(long runId, double passRate, boolean passed) {
        Run run = runs.get(runId);
        if (run != null) run.finished()[0] = true;
    }

    @Override
    public synchronized Optional<Unfinished> unfinished(String fingerprint) {
        return runs.entrySet().stream().filter(e -> e.getValue().fingerprint().equals(fingerprint) && !e.getValue().finished()[0])
                .reduce((a, b) -> b).map(e -> new Unfinished(e.getKey(), List.copyOf(e.getValue().cells())));
    }
}
