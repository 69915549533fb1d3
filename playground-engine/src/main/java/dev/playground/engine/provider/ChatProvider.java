package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import java.util.List;

/** One provider adapter behind the gateway. Implementations must never log or echo the key. */
public interface ChatProvider {
    ProviderKind kind();

    CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener);

    /** As {@link #stream(CompletionRequest, String, CompletionListener)}, giving up on connecting after {@code connectTimeout}. */
    default CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener, java.time.Duration connectTimeout) {
        return stream(request, apiKey, listener);
    }

    /** True when the adapter can offer tools to the model and read its tool calls back. */
    default boolean supportsTools() {
        return false;
    }

    /** Throws a CONFIGURATION {@link ProviderException} when the request cannot be sent as it is. */
    default void check(CompletionRequest request) {}

    /** The models (or serving endpoints) the connection offers; used by "Test connection". */
    default List<String> listModels(Connection connection, String apiKey) {
        throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                "Listing models is not available for " + kind().cliName() + " connections.");
    }
}
