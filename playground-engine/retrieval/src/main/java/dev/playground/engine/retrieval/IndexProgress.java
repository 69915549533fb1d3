package dev.playground.engine.retrieval;

/**
 * Progress callbacks from an indexing run (called on the indexing thread). Reading turns files into
 * keyword-searchable chunks; embedding adds vectors to them.
 */
public interface IndexProgress {
    enum Phase { READING, EMBEDDING }

    IndexProgress NONE = (phase, done, total, current) -> {};

    void update(Phase phase, int done, int total, String current);
}
