package dev.playground.engine.trace;

import java.util.List;
import java.util.Optional;

/** Where traces of runs with tools are kept (the store's run_trace table). */
public interface TraceStore {
    void save(Trace trace);

    Optional<Trace> find(String id);

    /** The latest traces first. */
    List<Trace> recent(int limit);
}
