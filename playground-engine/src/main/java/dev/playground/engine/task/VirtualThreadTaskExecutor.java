package dev.playground.engine.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Model calls and file work mostly wait on I/O, so a virtual thread per task fits. */
public final class VirtualThreadTaskExecutor implements TaskExecutor {
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("pg-task-", 0).factory());

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
