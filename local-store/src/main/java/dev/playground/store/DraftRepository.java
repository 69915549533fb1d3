package dev.playground.store;

import java.util.Optional;

/** Autosaved editor state. */
public interface DraftRepository {
    void save(Draft draft);

    Optional<Draft> load(String id);

    void delete(String id);
}
