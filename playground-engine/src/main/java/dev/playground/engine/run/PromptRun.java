package dev.playground.engine.run;

import dev.playground.engine.model.CompletionHandle;
import java.util.concurrent.CompletableFuture;

/**
 * A prompt run under way. {@link #outcome()} completes with a {@link RunOutcome} once the model has
 * answered (or failed mid-way), or exceptionally when nothing could be sent: a
 * {@code TemplateException} (missing variables, a template error), a {@link RunProblem}, or a
 * {@code ProviderException} about the connection (no key, no base URL).
 */
public final class PromptRun {
    private final CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
    private volatile CompletionHandle call;
    private volatile boolean cancelled;

    public CompletableFuture<RunOutcome> outcome() {
        return outcome;
    }

    /** Stops the run: before the call it is never sent; during the stream the answer so far is kept, marked cancelled. */
    public void cancel() {
        cancelled = true;
        CompletionHandle current = call;
        if (current != null) current.cancel();
    }

    boolean isCancelled() {
        return cancelled;
    }

    void attach(CompletionHandle handle) {
        call = handle;
        if (cancelled) handle.cancel();
    }
}
