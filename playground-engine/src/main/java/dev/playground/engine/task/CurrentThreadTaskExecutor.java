package dev.playground.engine.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Runs work at once on the caller's thread: the synchronous twin for tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }
}
