package dev.playground.engine.compare;

import dev.playground.engine.model.CompletionHandle;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A running set of cells: wait for all of them, or stop every call still streaming. */
public final class ComparisonRun {
    private final Queue<Runnable> calls = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;
    private CompletableFuture<List<CellResult>> done;

    void setDone(CompletableFuture<List<CellResult>> done) {
        this.done = done;
    }

    void track(CompletionHandle handle) {
        track(handle::cancel);
    }

    /** Something to stop with the rest (a tool loop). */
    void track(Runnable stop) {
        calls.add(stop);
        if (cancelled) stop.run();
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Completes when every cell has finished; never completes exceptionally (failures live in the cells). */
    public CompletableFuture<List<CellResult>> done() {
        return done;
    }

    public void cancel() {
        cancelled = true;
        calls.forEach(Runnable::run);
    }
}
