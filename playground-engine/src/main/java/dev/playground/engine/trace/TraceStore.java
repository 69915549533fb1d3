package dev.playground.engine.trace;

import java.util.List;
import java.util.Optional;

/** Where traces of runs with tools are kept (the store's run_trace table). */
public interface TraceStore {
    void save(Trace trace);

    Optional<Trace> find(String id);

    /** The latest traces first. */
    List<Trace> recent(int limit);

    /** The trace one of whose model calls was filed in the run log under {@code runId}, if any. */
    default Optional<Trace> forRun(String runId) {
        if (runId == null || runId.isBlank()) return Optional.empty();
        return recent(500).stream().filter(t -> t.runIds().contains(runId)).findFirst();
    }
}
