package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.playground.engine.model.ProviderKind;

/**
 * What to offer on first launch: always the dry run; OpenAI when OPENAI_API_KEY is set; a local
 * Ollama server when one answers on its default port. Probing Ollama takes up to a second, so a
 * window offers {@link #withoutProbing()} at once and adds {@link #localOllama()} from the background.
 */
public final class ConnectionDiscovery {
    public static final String OLLAMA_DEFAULT = ProviderKind.OLLAMA.defaultBaseUrl();

    private final SecretResolver secrets;
    private final String ollamaUrl;

    public ConnectionDiscovery(SecretResolver secrets, String ollamaUrl) {
        this.secrets = secrets;
        this.ollamaUrl = ollamaUrl;
    }

    /** Everything, probing Ollama on the calling thread. */
    public List<Connection> firstLaunchConnections() {
        List<Connection> offered = new ArrayList<>(withoutProbing());
        localOllama().ifPresent(ollama -> offered.add(offered.size() - 1, ollama));
        return offered;
    }

    /** What needs no network: the dry run, OpenAI when its key variable is set, a generic OpenAI-compatible server. */
    public List<Connection> withoutProbing() {
        List<Connection> offered = new ArrayList<>();
        offered.add(Connection.dryRun());
        ProviderKind openAi = ProviderKind.OPENAI;
        if (secrets.hasEnvironmentVariable(openAi.keyVariable())) {
            offered.add(Connection.openAiCompatible("openai", openAi.displayName(), openAi.defaultBaseUrl(), openAi.keyVariable(), openAi.starterModel()));
        }
        ProviderKind compatible = ProviderKind.OPENAI_COMPATIBLE;
        offered.add(Connection.openAiCompatible("custom", compatible.displayName(), compatible.exampleBaseUrl(), "", ""));
        return offered;
    }

    /** Ollama's native connection when a server answers at the probed address; blocks up to about a second. */
    public Optional<Connection> localOllama() {
        if (!ollamaAnswers()) return Optional.empty();
        return Optional.of(new Connection("ollama", "Ollama (local)", ProviderKind.OLLAMA, ollamaUrl, "", ProviderKind.OLLAMA.starterModel()));
    }

    /** A quick probe (under a second) of Ollama's version endpoint. */
    boolean ollamaAnswers() {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(400)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(ollamaUrl + "/api/version")).timeout(Duration.ofMillis(800)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
