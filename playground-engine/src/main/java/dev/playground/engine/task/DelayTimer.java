package dev.playground.engine.task;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One daemon thread that only waits out delays and hands the work to an executor; it never runs the work itself. */
final class DelayTimer {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pg-delay-timer");
        thread.setDaemon(true);
        return thread;
    });

    private DelayTimer() {}

    static Scheduled after(Duration delay, Runnable handOver) {
        ScheduledFuture<?> future = TIMER.schedule(handOver, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
