package dev.playground.engine.retrieval.embed;

/** The chosen embedding model cannot be used right now; the message says why and what to do. */
public final class EmbeddingUnavailableException extends RuntimeException {
    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
