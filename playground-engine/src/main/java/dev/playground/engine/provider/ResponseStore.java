package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionResult;
import java.util.Optional;

/**
 * Where the gateway's response cache keeps finished answers beyond the process (the store's {@code response_cache}
 * table), keyed by a SHA-256 of everything sent. Implementations never throw: a store that cannot answer is a miss.
 */
public interface ResponseStore {
    Optional<CompletionResult> get(String key);

    void put(String key, CompletionResult result);
}
