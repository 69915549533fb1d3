package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.ProviderKind;

/** One provider adapter behind the gateway. Implementations must never log or echo the key. */
public interface ChatProvider {
    ProviderKind kind();

    CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener);
}
