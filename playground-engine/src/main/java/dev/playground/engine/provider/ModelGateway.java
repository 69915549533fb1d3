package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one door to every model: picks the provider for a connection and supplies its key. */
public class ModelGateway {
    private final Map<ProviderKind, ChatProvider> providers = new EnumMap<>(ProviderKind.class);
    private final SecretResolver secrets;

    public ModelGateway(SecretResolver secrets, List<ChatProvider> providers) {
        this.secrets = secrets;
        providers.forEach(p -> this.providers.put(p.kind(), p));
    }

    public SecretResolver secrets() {
        return secrets;
    }

    /** Starts a streamed call. Configuration problems are thrown at once as {@link ProviderException}. */
    public CompletionHandle stream(CompletionRequest request, CompletionListener listener) {
        ChatProvider provider = providers.get(request.connection().kind());
        if (provider == null) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                    "No adapter for " + request.connection().kind().cliName() + " connections in this build.");
        }
        String key = secrets.apiKey(request.connection()).orElse(null);
        return provider.stream(request, key, listener);
    }
}
