package dev.playground.engine.retrieval.embed;

import dev.playground.engine.metrics.TextEmbedder;
import java.util.List;

/**
 * Turns texts into unit-length vectors. The id is stored with an index, so a collection notices
 * when its embedding model changes and re-embeds instead of mixing vector spaces.
 */
public interface Embedder extends TextEmbedder, AutoCloseable {
    String id();

    int dimension();

    /** One vector per text, in order, each normalised to length 1. */
    List<float[]> embedAll(List<String> texts);

    /** The vector of a search query; models trained with separate query and passage markers override it. */
    default float[] embedQuery(String query) {
        return embed(query);
    }

    @Override
    default float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    @Override
    default void close() {}
}
