package dev.playground.engine.suite;

import dev.playground.engine.run.PromptRun;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A suite run under way. {@link #report()} completes with the report once every cell has finished, or, after
 * {@link #cancel()}, with what finished (marked cancelled); the finished cells stay in the run repository so
 * {@code --resume} completes the run later.
 */
public final class SuiteRun {
    private final CompletableFuture<SuiteReport> report = new CompletableFuture<>();
    private final Set<PromptRun> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public CompletableFuture<SuiteReport> report() {
        return report;
    }

    /** Stops the run: no new call starts, the calls under way are stopped (kept in the run log as cancelled). */
    public void cancel() {
        cancelled = true;
        calls.forEach(PromptRun::cancel);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void track(PromptRun call) {
        calls.add(call);
        if (cancelled) call.cancel();
    }

    void untrack(PromptRun call) {
        calls.remove(call);
    }
}
