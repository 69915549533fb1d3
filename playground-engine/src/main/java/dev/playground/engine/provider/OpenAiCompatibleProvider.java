package dev.playground.engine.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Servers that speak OpenAI chat completions, through LangChain4j's OpenAI module: OpenAI itself,
 * any compatible server (vLLM, LM Studio, llama.cpp, Ollama's /v1), and Databricks Model Serving,
 * where the base URL is {@code https://HOST/serving-endpoints} and the model is the endpoint name.
 */
public final class OpenAiCompatibleProvider extends LangChainProvider {

    private final ProviderKind kind;
    private final Map<String, String> environment;

    /** A provider for generic OpenAI-compatible servers. */
    public OpenAiCompatibleProvider(TokenCounter tokenCounter, Duration connectTimeout) {
        this(ProviderKind.OPENAI_COMPATIBLE, tokenCounter, connectTimeout, Map.of());
    }

    /** {@code environment} supplies DATABRICKS_HOST when a Databricks connection names no workspace. */
    public OpenAiCompatibleProvider(ProviderKind kind, TokenCounter tokenCounter, Duration connectTimeout, Map<String, String> environment) {
        super(tokenCounter, connectTimeout);
        if (kind != ProviderKind.OPENAI && kind != ProviderKind.OPENAI_COMPATIBLE && kind != ProviderKind.DATABRICKS) {
            throw new IllegalArgumentException(kind + " does not speak OpenAI chat completions");
        }
        this.kind = kind;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public ProviderKind kind() {
        return kind;
    }

    /** LangChain4j's OpenAI client sends a streamed request on the thread that asks for it (checked for 1.17). */
    @Override
    protected boolean reusesModels() {
        return true;
    }

    @Override
    protected String baseUrl(Connection connection) {
        return switch (kind) {
            case OPENAI -> kind.baseUrlOf(connection);
            case DATABRICKS -> DatabricksWorkspace.servingEndpointsUrl(
                    connection.baseUrl().isEmpty() ? environment.getOrDefault(DatabricksWorkspace.HOST_ENV, "") : connection.baseUrl());
            default -> trimSlash(connection.baseUrl());
        };
    }

    @Override
    protected String baseUrlHint() {
        return kind == ProviderKind.DATABRICKS
                ? "Enter the workspace URL (https://<workspace>.cloud.databricks.com) or set $" + DatabricksWorkspace.HOST_ENV + "."
                : "Set one, e.g. http://localhost:8000/v1 for vLLM or http://localhost:1234/v1 for LM Studio.";
    }

    @Override
    protected StreamingChatModel model(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings, HttpClientBuilder http) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(keyOrPlaceholder(apiKey))
                .modelName(request.model())
                .temperature(settings.temperature())
                .topP(settings.topP())
                .maxTokens(settings.maxTokens())
                .seed(settings.seed())
                .presencePenalty(settings.presencePenalty())
                .frequencyPenalty(settings.frequencyPenalty())
                .responseFormat(responseFormat(settings));
        if (!settings.stopSequences().isEmpty()) builder.stop(settings.stopSequences());
        // vLLM, llama.cpp and Databricks accept top_k beside the OpenAI fields; OpenAI itself has none.
        if (settings.topK() != null) builder.customParameters(Map.of("top_k", settings.topK()));
        return builder.build();
    }

    @Override
    public List<String> listModels(Connection connection, String apiKey) {
        String base = baseUrl(connection);
        if (kind == ProviderKind.DATABRICKS) {
            String url = DatabricksWorkspace.endpointsApiUrl(base);
            JsonNode list = ModelListing.getJson(url, Map.of("Authorization", "Bearer " + apiKey), connectTimeout, connection, apiKey);
            return ModelListing.names(list.path("endpoints"), "name");
        }
        Map<String, String> headers = apiKey == null || apiKey.isBlank() ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
        return ModelListing.names(ModelListing.getJson(base + "/models", headers, connectTimeout, connection, apiKey).path("data"), "id");
    }
}
