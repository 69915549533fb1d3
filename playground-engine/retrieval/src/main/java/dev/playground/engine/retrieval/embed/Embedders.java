package dev.playground.engine.retrieval.embed;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.DatabricksWorkspace;
import dev.playground.engine.provider.NetworkPolicy;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a collection's {@link EmbeddingChoice} into an embedder: the shared built-in one, or a
 * provider model reached through a saved connection (looked up by id or name each time, so edits
 * to the connection apply). Provider embedders are made once per address and model.
 */
public final class Embedders {

    private final Supplier<Embedder> builtIn;
    private final String builtInId;
    private final Function<String, Optional<Connection>> connections;
    private final Function<Connection, Optional<String>> apiKeys;
    private final Map<String, Embedder> providerEmbedders = new ConcurrentHashMap<>();
    private final Map<Path, Embedder> fileEmbedders = new ConcurrentHashMap<>();
    private volatile NetworkPolicy network = NetworkPolicy.OPEN;

    /**
     * @param connections finds a saved connection by id or name
     * @param apiKeys the key for a connection (environment, keychain, session), if it has one
     */
    public Embedders(Supplier<Embedder> builtIn, String builtInId, Function<String, Optional<Connection>> connections,
            Function<Connection, Optional<String>> apiKeys) {
        this.builtIn = builtIn;
        this.builtInId = builtInId;
        this.connections = connections;
        this.apiKeys = apiKeys;
    }

    /** Only the built-in model (benchmarks, tests, setups without saved connections). */
    public static Embedders builtInOnly(Supplier<Embedder> builtIn, String builtInId) {
        return new Embedders(builtIn, builtInId, id -> Optional.empty(), c -> Optional.empty());
    }

    /** The built-in in-process model (loaded on first use); the compare view also scores embedding similarity with it. */
    public Supplier<Embedder> builtIn() {
        return builtIn;
    }

    /**
     * Which connections may be called (the offline switch). Checked each time a provider's model is
     * about to embed: a refused one throws {@link EmbeddingUnavailableException} with the policy's
     * reason before anything is sent.
     */
    public void setNetworkPolicy(NetworkPolicy policy) {
        this.network = policy == null ? NetworkPolicy.OPEN : policy;
    }

    /** The id stored with an index; never touches the network. */
    public String idOf(EmbeddingChoice choice) {
        if (choice.builtIn()) return builtInId;
        if (choice.modelFile()) {
            Path model = OnnxEmbedder.modelFile(choice.file());
            return model == null ? "unavailable:" + choice.model() : OnnxEmbedder.idOf(model);
        }
        Connection connection = connection(choice);
        return ProviderEmbedder.idOf(connection.kind(), baseUrl(connection), choice.model());
    }

    public Embedder get(EmbeddingChoice choice) {
        if (choice.builtIn()) return builtIn.get();
        if (choice.modelFile()) return fileEmbedders.computeIfAbsent(choice.file(), OnnxEmbedder::open);
        Connection connection = connection(choice);
        network.embeddingRefusal(connection, choice.model()).ifPresent(reason -> {
            throw new EmbeddingUnavailableException(reason, null);
        });
        String url = baseUrl(connection);
        String key = apiKeys.apply(connection).orElse("");
        return providerEmbedders.computeIfAbsent(ProviderEmbedder.idOf(connection.kind(), url, choice.model()) + "|" + key.hashCode(),
                k -> new ProviderEmbedder(connection, url, key, choice.model()));
    }

    /** A short description for lists and messages, e.g. "nomic-embed-text on Local Ollama". */
    public String describe(EmbeddingChoice choice) {
        if (choice.builtIn()) return builtInId;
        if (choice.modelFile()) return choice.model();
        return choice.model() + " on " + connections.apply(choice.connectionId()).map(Connection::name).orElse(choice.connectionId());
    }

    private Connection connection(EmbeddingChoice choice) {
        Connection connection = connections.apply(choice.connectionId()).orElseThrow(() -> new EmbeddingUnavailableException(
                "There is no saved connection '" + choice.connectionId() + "' for the embedding model " + choice.model()
                        + ". Add it in Settings > Connections, or switch the collection back to the built-in model.", null));
        if (connection.kind().hasEmbeddings()) return connection;
        throw new EmbeddingUnavailableException("The connection '" + connection.name() + "' (" + connection.kind().cliName()
                    + ") has no embedding models here; pick an OpenAI, OpenAI-compatible, Databricks or Ollama connection.", null);
    }

    private static String baseUrl(Connection connection) {
        String url = connection.kind().baseUrlOf(connection);
        return connection.kind() == ProviderKind.DATABRICKS ? DatabricksWorkspace.servingEndpointsUrl(url) : url;
    }
}
