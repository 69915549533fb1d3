package dev.playground.engine.archfixture;

/**
 * A deliberate rule breaker: a core engine class that reaches into the retrieval module, to prove the
 * rule that keeps the core free of it really fails. Never used by the app.
 */
public final class EngineClassThatUsesRetrieval {
    public dev.playground.engine.retrieval.DocumentCollections collections;
}
