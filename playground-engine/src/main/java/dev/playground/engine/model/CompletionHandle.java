package dev.playground.engine.model;

import java.util.concurrent.CompletableFuture;

/** A call under way: it can be cancelled, and it finishes with a result or a {@link ProviderException}. */
public interface CompletionHandle {
    void cancel();

    CompletableFuture<CompletionResult> result();
}
