package dev.playground.ui.common;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.DraftRepository;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * One editor's unsaved work kept in the store as a draft: written through a {@link DraftAutosaver}
 * (on the executor, a moment after the last edit, well within two seconds), read back at start-up
 * and put into the editor, and removed once the work is saved. The state is a record of plain
 * values (strings, numbers, lists, maps and engine records) that the editor captures and shows.
 *
 * <pre>{@code
 * draft = new EditorDraft<>(DraftKind.SUITE, SuiteDraft.class, services.drafts(), services.executor(), this::capture, this::show)
 *         .watch(name, description).watchList(cases);
 * }</pre>
 * The main window's {@code DraftRecovery} then restores it and names it in the recovery note.
 * Everything here runs on the FX thread except the store calls, which run on the executor.
 */
public final class EditorDraft<T> {
    /** What start-up read: the saved state, and whether it was left by a session that did not close cleanly. */
    private record Found<T>(Optional<T> state, boolean interrupted) {}

    private final DraftKind kind;
    private final Class<T> type;
    private final DraftRepository drafts;
    private final TaskExecutor executor;
    private final Supplier<T> capture;
    private final Consumer<T> show;
    private final DraftAutosaver saver;
    private final ChangeListener<Object> onChange = (obs, old, now) -> changed();
    private final InvalidationListener onListChange = obs -> changed();
    private Consumer<Throwable> onFailure = failure -> { };
    private boolean edited;
    private int quiet;
    private T fresh;

    /**
     * @param capture runs on the FX thread and returns the editor's state as it is now
     * @param show    puts a state into the editor (a restored draft, or the editor as it started when a draft is discarded)
     */
    public EditorDraft(DraftKind kind, Class<T> type, DraftRepository drafts, TaskExecutor executor, Supplier<T> capture, Consumer<T> show) {
        this.kind = kind;
        this.type = type;
        this.drafts = drafts;
        this.executor = executor;
        this.capture = capture;
        this.show = show;
        this.saver = new DraftAutosaver(executor, () -> {
            T state = capture.get();
            return () -> drafts.saveState(kind.id(), state);
        }, failure -> onFailure.accept(failure));
    }

    /** Who hears (on the FX thread) of a draft that could not be written. */
    public EditorDraft<T> onFailure(Consumer<Throwable> listener) {
        this.onFailure = listener;
        return this;
    }

    /** Every change of these values counts as an edit. */
    public EditorDraft<T> watch(ObservableValue<?>... values) {
        for (ObservableValue<?> value : values) value.addListener(onChange);
        return this;
    }

    /** Adding, removing or reordering items counts as an edit (watch the items' own values as they come). */
    public EditorDraft<T> watchList(ObservableList<?> list) {
        list.addListener(onListChange);
        return this;
    }

    /** Called on the FX thread after an edit the watched values do not show. */
    public void changed() {
        if (quiet > 0) return;
        edited = true;
        saver.changed();
    }

    /** Runs {@code change} (opening saved work, say) without counting it as an edit. */
    public void quietly(Runnable change) {
        quiet++;
        try {
            change.run();
        } finally {
            quiet--;
        }
    }

    /**
     * Reads the draft off the FX thread and shows it, unless something was edited meanwhile (what
     * was typed wins). Completes on the FX thread with true when the draft was left by a crash.
     */
    public CompletableFuture<Boolean> restore() {
        fresh = capture.get();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        executor.submit(() -> new Found<>(drafts.loadState(kind.id(), type), drafts.interrupted().contains(kind.id())))
                .whenComplete((found, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        onFailure.accept(failure);
                        done.complete(false);
                        return;
                    }
                    if (edited || found.state().isEmpty()) {
                        done.complete(false);
                        return;
                    }
                    quietly(() -> show.accept(found.state().get()));
                    done.complete(found.interrupted());
                }));
        return done;
    }

    /** Writes the state now. */
    public CompletableFuture<Void> save() {
        return saver.save();
    }

    /** Writes an edit still waiting for its timer; completes once every write is done (the window waits for this when it closes). */
    public CompletableFuture<Void> flush() {
        return saver.flush();
    }

    /** The work was saved or closed on purpose: any waiting edit is dropped and the draft removed from the store. */
    public CompletableFuture<Void> clear() {
        edited = false;
        return saver.instead(() -> drafts.delete(kind.id()));
    }

    /** Puts the editor back as it was before the draft was restored, and removes the draft. */
    public CompletableFuture<Void> discard() {
        if (fresh != null) quietly(() -> show.accept(fresh));
        return clear();
    }

    /** Whether an edit is waiting to be written. */
    public boolean pending() {
        return saver.pending();
    }

    public DraftKind kind() {
        return kind;
    }
}
