package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ModelSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.WireServer;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.Map;

class OllamaContractTest extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return OllamaWireServer.start();
    }

    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new OllamaProvider(tokens, Duration.ofSeconds(15));
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Ollama", "Ollama test", ProviderKind.OLLAMA, server.baseUrl(), KEY_ENV, "llama3.2");
    }

    @Override
    protected double sentTemperature(RecordedRequest request) {
        return request.body().path("options").path("temperature").asDouble();
    }

    @Override
    protected int sentMaxTokens(RecordedRequest request) {
        return request.body().path("options").path("num_predict").asInt();
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.authorization().substring("Bearer ".length());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}},\"required\":[\"answer\"]}";

    @Test
    void a_json_schema_travels_as_the_top_level_format_object() throws Exception {
        CompletionResult result = run(ModelSettings.DEFAULTS.withResponseFormat(SCHEMA), new Recorder());

        assertThat(result.complete()).as("the server accepted the format").isTrue();
        JsonNode body = server.lastRequest().body();
        assertThat(body.path("format")).isEqualTo(JSON.readTree(SCHEMA));
        assertThat(body.path("options").has("format")).isFalse();
    }

    @Test
    void json_mode_is_the_format_string_json() throws Exception {
        run(ModelSettings.DEFAULTS.withResponseFormat("json"), new Recorder());

        assertThat(server.lastRequest().body().path("format").asText()).isEqualTo("json");
    }

    @Test
    void the_wire_server_refuses_a_format_ollama_refuses() throws Exception {
        String messages = "\"model\":\"llama3.2\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
        HttpResponse<String> openAiShaped = post(server.baseUrl() + "/api/chat", "{" + messages + ",\"format\":\"json_object\"}");
        HttpResponse<String> schemaAsString = post(server.baseUrl() + "/api/chat", "{" + messages + ",\"format\":" + JSON.writeValueAsString(SCHEMA) + "}");

        assertThat(openAiShaped.statusCode()).isEqualTo(400);
        assertThat(schemaAsString.statusCode()).isEqualTo(400);
        assertThat(schemaAsString.body()).contains("invalid format");
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
