package dev.playground.ui.study;

import dev.playground.engine.study.ExamDraft;
import dev.playground.engine.study.ExamDrafts;
import dev.playground.engine.task.TaskExecutor;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the mock exam in progress to its {@link ExamDrafts} off the FX thread, newest first: a write takes whatever was
 * handed in last, so a slow store never puts an older state over a newer one, and a burst of changes costs one write.
 */
final class ExamKeeper {
    private final ExamDrafts drafts;
    private final TaskExecutor executor;
    private final Object writing = new Object();
    private ExamDraft pending;
    private boolean drop;

    ExamKeeper(ExamDrafts drafts, TaskExecutor executor) {
        this.drafts = drafts;
        this.executor = executor;
    }

    /** Keeps {@code draft} (replacing any not yet written); completes once it, or a newer state, is in the store. */
    CompletableFuture<Void> keep(ExamDraft draft) {
        synchronized (this) {
            pending = draft;
            drop = false;
        }
        return executor.run(this::write);
    }

    /** Forgets the kept exam (and any state not yet written). */
    CompletableFuture<Void> drop() {
        synchronized (this) {
            pending = null;
            drop = true;
        }
        return executor.run(this::write);
    }

    /** The exam kept in the store, read off the FX thread. */
    CompletableFuture<Optional<ExamDraft>> kept() {
        return executor.submit(drafts::kept);
    }

    private void write() {
        synchronized (writing) {
            ExamDraft next;
            boolean forget;
            synchronized (this) {
                next = pending;
                forget = drop;
                pending = null;
                drop = false;
            }
            if (next != null) drafts.keep(next);
            else if (forget) drafts.drop();
        }
    }
}
