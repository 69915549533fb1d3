package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to offer on first launch: always the dry run; OpenAI when OPENAI_API_KEY is set; a local
 * Ollama server when one answers on its default port.
 */
public final class ConnectionDiscovery {
    public static final String OLLAMA_DEFAULT = "http://localhost:11434";
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    private final SecretResolver secrets;
    private final String ollamaUrl;

    public ConnectionDiscovery(SecretResolver secrets, String ollamaUrl) {
        this.secrets = secrets;
        this.ollamaUrl = ollamaUrl;
    }

    public List<Connection> firstLaunchConnections() {
        List<Connection> offered = new ArrayList<>();
        offered.add(Connection.dryRun());
        if (secrets.hasEnvironmentVariable("OPENAI_API_KEY")) {
            offered.add(Connection.openAiCompatible("openai", "OpenAI", OPENAI_BASE_URL, "OPENAI_API_KEY", "gpt-4o-mini"));
        }
        if (ollamaAnswers()) {
            offered.add(Connection.openAiCompatible("ollama", "Ollama (local)", ollamaUrl + "/v1", "", "llama3.2"));
        }
        offered.add(Connection.openAiCompatible("custom", "OpenAI-compatible server", "http://localhost:8000/v1", "", ""));
        return offered;
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
