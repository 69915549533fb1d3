package dev.playground.engine.retrieval.embed;

import java.util.function.Supplier;

/** Loads an embedding model on first use (about a second for MiniLM), off the start-up path, and closes it once. */
public final class LazyEmbedder implements Supplier<Embedder>, AutoCloseable {
    private final Supplier<Embedder> factory;
    private Embedder loaded;

    public LazyEmbedder(Supplier<Embedder> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized Embedder get() {
        if (loaded == null) loaded = factory.get();
        return loaded;
    }

    @Override
    public synchronized void close() {
        if (loaded != null) loaded.close();
        loaded = null;
    }
}
