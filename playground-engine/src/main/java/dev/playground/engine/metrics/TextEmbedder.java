package dev.playground.engine.metrics;

import java.util.function.Supplier;

/**
 * Turns text into a vector. The port metrics need for embedding similarity; the retrieval module's
 * embedders implement it and the app plugs one in (in-process or via a provider).
 */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);

    /** Asks the supplier on every call, so a model that takes a second to load is loaded on first use only. */
    static TextEmbedder from(Supplier<? extends TextEmbedder> embedder) {
        return text -> embedder.get().embed(text);
    }
}
