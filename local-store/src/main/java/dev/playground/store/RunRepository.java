package dev.playground.store;

import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.runlog.RunRecord;
import java.util.List;
import java.util.Optional;

/** The run log in the store: the gateway records into it, History and {@code playground runs} read it. */
public interface RunRepository extends RunLog {
    /** Newest first. */
    List<RunRecord> find(RunQuery query);

    Optional<RunRecord> get(String id);

    int count();
}
