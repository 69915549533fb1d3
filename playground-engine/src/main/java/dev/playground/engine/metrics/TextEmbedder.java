package dev.playground.engine.metrics;

/**
 * Turns text into a vector. The app plugs in whatever embedding model it has (in-process or via a
 * provider); metrics only need this.
 */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);

    /** Embeds with the retrieval embedder, loading it on first use (the in-process MiniLM model takes a second). */
    static TextEmbedder from(java.util.function.Supplier<? extends dev.playground.engine.retrieval.embed.Embedder> embedder) {
        return text -> embedder.get().embed(text);
    }
}
