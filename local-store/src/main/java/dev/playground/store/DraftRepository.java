package dev.playground.store;

import java.util.Optional;
import java.util.Set;

/**
 * Autosaved editor state: the playground's prompt draft, and the unsaved state of other editors
 * (a comparison's set-up, a form) kept as JSON of their own record type. A draft written while
 * editing stays <em>open</em> until {@link #markAllClosed()}; one still open at start-up was left by
 * a crash.
 */
public interface DraftRepository {
    /** Saves the prompt draft, marked open. */
    void save(Draft draft);

    Optional<Draft> load(String id);

    void delete(String id);

    /** Saves another editor's state (a record of plain values, engine records and lists) as JSON, marked open. */
    void saveState(String id, Object state);

    /** The state saved under {@code id}, read back as {@code type}; empty when there is none or it no longer reads. */
    <T> Optional<T> loadState(String id, Class<T> type);

    /** Marks every draft closed cleanly: the window calls this after its last save when it closes normally. */
    void markAllClosed();

    /** The ids of drafts written while editing and never closed cleanly: the last session ended in a crash. */
    Set<String> interrupted();
}
