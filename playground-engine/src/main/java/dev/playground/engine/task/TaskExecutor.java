package dev.playground.engine.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The one way background work is started. Production runs on virtual threads; tests use
 * {@link CurrentThreadTaskExecutor} so they need no sleeps and no FX thread.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> CompletableFuture<T> submit(Callable<T> work);

    default CompletableFuture<Void> run(Runnable work) {
        return submit(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} on this executor once {@code delay} has passed (a debounced autosave, say).
     * Tests pass an executor whose time they move by hand.
     */
    default Scheduled schedule(Duration delay, Runnable work) {
        return DelayTimer.after(delay, () -> run(work));
    }

    @Override
    default void close() {}
}
