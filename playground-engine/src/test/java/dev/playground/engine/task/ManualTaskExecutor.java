package dev.playground.engine.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs submitted work at once on the caller's thread, like {@link CurrentThreadTaskExecutor}, and
 * keeps scheduled work until the test moves the clock with {@link #advance(Duration)}: debounce
 * tests need no sleeps.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private record Planned(long dueMillis, long order, Runnable work) {}

    private final List<Planned> planned = new ArrayList<>();
    private long nowMillis;
    private long nextOrder;
    private int submitted;

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        submitted++;
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable work) {
        Planned entry = new Planned(nowMillis + Math.max(0, delay.toMillis()), nextOrder++, work);
        planned.add(entry);
        return () -> {
            synchronized (this) {
                planned.remove(entry);
            }
        };
    }

    /** Moves the clock on, running (in time order) every piece of work that falls due, including work it schedules. */
    public void advance(Duration by) {
        long until = nowMillis + by.toMillis();
        while (true) {
            Planned next;
            synchronized (this) {
                next = planned.stream().filter(p -> p.dueMillis() <= until)
                        .min(Comparator.comparingLong(Planned::dueMillis).thenComparingLong(Planned::order)).orElse(null);
                if (next == null) {
                    nowMillis = until;
                    return;
                }
                planned.remove(next);
                nowMillis = next.dueMillis();
            }
            run(next.work());
        }
    }

    /** How much scheduled work is waiting. */
    public synchronized int pending() {
        return planned.size();
    }

    /** How many tasks were submitted (including scheduled work that fell due). */
    public int submitted() {
        return submitted;
    }
}
