package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.SampleResult;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.task.TaskExecutor;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * A person's thumb and rating on a Compare cell, sent to the run-log entries of the cell's calls (every sample: the
 * person judged the cell), where the Monitor counts thumbs up and ratings. The write runs on the executor.
 */
final class RunLogFeedback {
    private final RunLog runLog;
    private final TaskExecutor executor;

    RunLogFeedback(RunLog runLog, TaskExecutor executor) {
        this.runLog = runLog;
        this.executor = executor;
    }

    void keep(CellResult result, CellFeedback feedback) {
        if (runLog == null || result == null) return;
        List<String> ids = result.samples().stream().map(SampleResult::runId).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) return;
        int thumbs = switch (feedback.thumb()) {
            case UP -> 1;
            case DOWN -> -1;
            case NONE -> 0;
        };
        int rating = feedback.rating() == null ? 0 : feedback.rating();
        executor.run(() -> ids.forEach(id -> runLog.feedback(id, thumbs, rating))).whenComplete((ok, error) -> {
            // The comparison keeps the feedback anyway; only the dashboard misses it.
            if (error != null) LoggerFactory.getLogger(RunLogFeedback.class).warn("Feedback could not reach the run log: {}", error.toString());
        });
    }
}
