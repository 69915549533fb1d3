package dev.playground.engine.model;

/**
 * Receives a streamed answer. Called on a background thread, in order: any number of
 * {@link #onToken}, then exactly one of {@link #onComplete} or {@link #onError}.
 */
public interface CompletionListener {
    void onToken(String token);

    void onComplete(CompletionResult result);

    void onError(ProviderException error, CompletionResult partial);
}
