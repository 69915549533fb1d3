package dev.playground.engine.local.testkit;

import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A listener that keeps what it heard; {@code onEachToken} runs after a token is recorded. */
public final class Recorder implements CompletionListener {
    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public volatile CompletionResult completed;
    public volatile ProviderException error;
    public volatile CompletionResult partial;
    private final Consumer<Recorder> onEachToken;

    public Recorder() {
        this(r -> {});
    }

    public Recorder(Consumer<Recorder> onEachToken) {
        this.onEachToken = onEachToken;
    }

    @Override
    public void onToken(String token) {
        tokens.add(token);
        onEachToken.accept(this);
    }

    @Override
    public void onComplete(CompletionResult result) {
        completed = result;
    }

    @Override
    public void onError(ProviderException failure, CompletionResult partialResult) {
        error = failure;
        partial = partialResult;
    }

    public String text() {
        return String.join("", tokens);
    }
}
