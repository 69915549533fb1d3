package dev.playground.ui.common;

import dev.playground.engine.task.Scheduled;
import dev.playground.engine.task.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an editor's draft a moment after the typing stops: every edit restarts a short quiet
 * timer, and a longer one (started by the first edit of a burst) makes sure that someone typing
 * without a pause is still saved. The state is captured on the FX thread and written on the
 * executor; writes never overlap, and a write asked for while one is running is replaced by the
 * newest state, so a burst of edits costs at most two writes. With the defaults a draft is on disk
 * well within two seconds of the last keystroke.
 */
public final class DraftAutosaver {
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosaver.class);
    /** Quiet time after the last edit before the draft is written. */
    public static final Duration QUIET = Duration.ofMillis(700);
    /** The longest an edit waits while the typing goes on. */
    public static final Duration LONGEST = Duration.ofMillis(1500);

    private final TaskExecutor executor;
    private final Supplier<Runnable> capture;
    private final Consumer<Throwable> onFailure;
    private final Duration quiet;
    private final Duration longest;

    // FX thread only.
    private Scheduled quietTimer;
    private Scheduled longestTimer;
    private int suspended;

    // Shared with the writing thread.
    private final Object lock = new Object();
    private boolean writing;
    private Runnable waiting;
    private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

    /**
     * {@code capture} runs on the FX thread and returns the write of the state as it is now, which
     * then runs on the executor; {@code onFailure} hears (on the FX thread) of a write that failed.
     */
    public DraftAutosaver(TaskExecutor executor, Supplier<Runnable> capture, Consumer<Throwable> onFailure) {
        this(executor, capture, onFailure, QUIET, LONGEST);
    }

    public DraftAutosaver(TaskExecutor executor, Supplier<Runnable> capture, Consumer<Throwable> onFailure, Duration quiet, Duration longest) {
        this.executor = executor;
        this.capture = capture;
        this.onFailure = onFailure;
        this.quiet = quiet;
        this.longest = longest;
    }

    /** Called on the FX thread after every edit. */
    public void changed() {
        if (suspended > 0) return;
        if (quietTimer != null) quietTimer.cancel();
        quietTimer = executor.schedule(quiet, () -> UiThread.run(this::due));
        if (longestTimer == null) longestTimer = executor.schedule(longest, () -> UiThread.run(this::due));
    }

    /** Runs {@code change} (loading a saved state, say) without counting it as an edit. */
    public void quietly(Runnable change) {
        suspended++;
        try {
            change.run();
        } finally {
            suspended--;
        }
    }

    /** Whether an edit is waiting for its timer. */
    public boolean pending() {
        return quietTimer != null || longestTimer != null;
    }

    private void due() {
        if (!pending()) return;
        save();
    }

    /**
     * Captures the state now and writes it (after any write under way); completes once it is
     * written. The window calls this when it closes.
     */
    public CompletableFuture<Void> save() {
        cancelTimers();
        return enqueue(capture.get());
    }

    /**
     * Drops any edit waiting for its timer and runs {@code write} (removing the draft, say) in turn
     * with the draft's writes, so that it cannot be overtaken by one still under way.
     */
    public CompletableFuture<Void> instead(Runnable write) {
        cancelTimers();
        return enqueue(write);
    }

    private CompletableFuture<Void> enqueue(Runnable write) {
        synchronized (lock) {
            if (writing) {
                waiting = write;
                return written;
            }
            writing = true;
            written = new CompletableFuture<>();
        }
        CompletableFuture<Void> done = written;
        try {
            executor.run(() -> drain(write, done));
        } catch (RejectedExecutionException e) {
            // The executor is shut: the window is closing and has saved on its way out. A timer that fired meanwhile
            // must not throw on the FX thread, nor leave the saver marked busy so that later saves never complete.
            synchronized (lock) {
                writing = false;
                waiting = null;
            }
            LOG.debug("Autosave after the task executor closed: skipped");
            done.completeExceptionally(e);
        }
        return done;
    }

    /** Saves only when an edit is waiting; otherwise completes once any write under way has finished. */
    public CompletableFuture<Void> flush() {
        if (pending()) return save();
        synchronized (lock) {
            return written;
        }
    }

    private void drain(Runnable first, CompletableFuture<Void> done) {
        Runnable next = first;
        Throwable failure = null;
        while (next != null) {
            try {
                next.run();
                failure = null;
            } catch (RuntimeException e) {
                failure = e;
                LOG.warn("Could not autosave a draft: {}", e.getMessage());
                Throwable reported = e;
                UiThread.run(() -> onFailure.accept(reported));
            }
            synchronized (lock) {
                next = waiting;
                waiting = null;
                if (next == null) writing = false;
            }
        }
        if (failure == null) done.complete(null);
        else done.completeExceptionally(failure);
    }

    private void cancelTimers() {
        if (quietTimer != null) quietTimer.cancel();
        if (longestTimer != null) longestTimer.cancel();
        quietTimer = null;
        longestTimer = null;
    }
}
