package dev.playground.engine.run;

import dev.playground.engine.context.RetrievedContext;

/** Follows a prompt run as it happens; called on background threads, in order. */
public interface RunListener {
    RunListener NONE = new RunListener() {};

    /** Retrieval finished: the passages are known before the model answers (not called when retrieval is off). */
    default void onContext(RetrievedContext context) {}

    /** A piece of the streamed answer. */
    default void onToken(String token) {}
}
