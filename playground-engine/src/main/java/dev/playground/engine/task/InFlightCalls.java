package dev.playground.engine.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The work under way that must end cleanly when the process is asked to stop (Ctrl+C, the session ending):
 * every model call the gateway starts registers here, and so can a runner with state of its own to write (a
 * suite run that keeps a resume file, say). {@link #stopAll} stops each one with a reason and waits, bounded,
 * until each has said it is finished, that is, until what it records about itself (its cancelled run-log
 * entry) is written. Work registered after that is stopped at once.
 */
public final class InFlightCalls {
    private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
    private volatile String stopReason;

    /** Something that is under way; {@link #close()} once it has finished and recorded its outcome. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** What {@link #stopAll} did: how many were stopped, and what had still not finished when the wait ended. */
    public record StopReport(List<String> stopped, List<String> unfinished) {
        public StopReport {
            stopped = List.copyOf(stopped);
            unfinished = List.copyOf(unfinished);
        }
    }

    /**
     * Registers work described in plain words ("the call to gpt-4o-mini on OpenAI"); {@code stop} is handed the
     * reason when it must end. When a stop is already under way it is called at once, and the work stays
     * registered until it closes, so the wait covers it too.
     */
    public Registration register(String description, Consumer<String> stop) {
        Entry entry = new Entry(description, stop);
        entries.add(entry);
        String reason = stopReason;
        if (reason != null) entry.stop(reason);
        return entry;
    }

    /** True once {@link #stopAll} has been called: the process is ending. */
    public boolean stopping() {
        return stopReason != null;
    }

    public int size() {
        return entries.size();
    }

    /** Stops everything under way and waits up to {@code wait} for each to finish recording itself. */
    public StopReport stopAll(String reason, Duration wait) throws InterruptedException {
        synchronized (this) {
            if (stopReason == null) stopReason = reason;
        }
        List<Entry> now = new ArrayList<>(entries);
        List<String> stopped = new ArrayList<>();
        for (Entry entry : now) {
            stopped.add(entry.description);
            entry.stop(stopReason);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            while (!entries.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                wait(Math.max(1, left / 1_000_000));
            }
        }
        List<String> unfinished = entries.stream().map(e -> e.description).toList();
        return new StopReport(stopped, unfinished);
    }

    private synchronized void finished(Entry entry) {
        entries.remove(entry);
        notifyAll();
    }

    private final class Entry implements Registration {
        private final String description;
        private final Consumer<String> stop;
        private boolean stopCalled;

        Entry(String description, Consumer<String> stop) {
            this.description = description;
            this.stop = stop;
        }

        void stop(String reason) {
            synchronized (this) {
                if (stopCalled) return;
                stopCalled = true;
            }
            stop.accept(reason);
        }

        @Override
        public void close() {
            finished(this);
        }
    }
}
