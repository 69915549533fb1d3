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
import dev.playground.testkit.GeminiWireServer;
import dev.playground.testkit.WireServer;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.Map;

class GeminiContractTest extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return GeminiWireServer.start();
    }

    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new GeminiProvider(tokens, Duration.ofSeconds(15));
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Gemini", "Gemini test", ProviderKind.GEMINI, server.baseUrl(), KEY_ENV, "gemini-2.5-flash");
    }

    @Override
    protected double sentTemperature(RecordedRequest request) {
        return request.body().path("generationConfig").path("temperature").asDouble();
    }

    @Override
    protected int sentMaxTokens(RecordedRequest request) {
        return request.body().path("generationConfig").path("maxOutputTokens").asInt();
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.header("x-goog-api-key");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An OpenAI-style strict schema: additionalProperties is JSON Schema, not part of Gemini's OpenAPI subset. */
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"},"
            + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"answer\"],\"additionalProperties\":false}";

    @Test
    void a_json_schema_travels_as_response_json_schema_with_the_json_mime_type() throws Exception {
        CompletionResult result = run(ModelSettings.DEFAULTS.withResponseFormat(SCHEMA), new Recorder());

        assertThat(result.complete()).as("the server accepted the structured-output settings").isTrue();
        JsonNode config = server.lastRequest().body().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.path("responseJsonSchema")).isEqualTo(JSON.readTree(SCHEMA));
        assertThat(config.has("responseSchema")).as("never both schema fields").isFalse();
    }

    @Test
    void json_mode_asks_for_the_json_mime_type_without_a_schema() throws Exception {
        run(ModelSettings.DEFAULTS.withResponseFormat("json"), new Recorder());

        JsonNode config = server.lastRequest().body().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.has("responseJsonSchema") || config.has("responseSchema")).isFalse();
    }

    @Test
    void the_wire_server_refuses_schemas_the_real_api_refuses() throws Exception {
        String url = server.baseUrl() + "/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
        String contents = "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]";
        HttpResponse<String> openApiWithJsonSchemaKeyword = post(url, "{" + contents + ",\"generationConfig\":{\"responseMimeType\":"
                + "\"application/json\",\"responseSchema\":" + SCHEMA + "}}");
        HttpResponse<String> noMimeType = post(url, "{" + contents + ",\"generationConfig\":{\"responseJsonSchema\":" + SCHEMA + "}}");

        assertThat(openApiWithJsonSchemaKeyword.statusCode()).isEqualTo(400);
        assertThat(openApiWithJsonSchemaKeyword.body()).contains("Unknown name \\\"additionalProperties\\\"");
        assertThat(noMimeType.statusCode()).isEqualTo(400);
        assertThat(noMimeType.body()).contains("responseMimeType");
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
