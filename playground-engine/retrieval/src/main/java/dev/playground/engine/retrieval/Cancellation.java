package dev.playground.engine.retrieval;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel flag checked between batches; work already committed stays. */
public final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();

    public void cancel() {
        requested.set(true);
    }

    public boolean isCancelled() {
        return requested.get();
    }
}
