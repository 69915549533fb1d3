package dev.playground.engine.metrics;

/**
 * Turns text into a vector. The app plugs in whatever embedding model it has (in-process or via a
 * provider); metrics only need this.
 */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);
}
