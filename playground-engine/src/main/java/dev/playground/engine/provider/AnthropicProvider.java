package dev.playground.engine.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.ResponseFormats;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Anthropic's Messages API (SSE streaming) through LangChain4j's Anthropic module. */
public final class AnthropicProvider extends LangChainProvider {
    private static final String API_VERSION = "2023-06-01";
    /** Anthropic only honours a JSON schema with this beta switched on. */
    private static final String STRUCTURED_OUTPUTS_BETA = "structured-outputs-2025-11-13";
    /** The Messages API requires max_tokens; this is what we send when the person left it unset. */
    static final int DEFAULT_MAX_TOKENS = 1024;

    public AnthropicProvider(TokenCounter tokenCounter, Duration connectTimeout) {
        super(tokenCounter, connectTimeout);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.ANTHROPIC;
    }

    @Override
    protected String baseUrl(Connection connection) {
        return ProviderKind.ANTHROPIC.baseUrlOf(connection);
    }

    @Override
    protected StreamingChatModel model(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings, HttpClientBuilder http) {
        AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder builder = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(http)
                // LangChain4j appends "messages" to the base URL as given.
                .baseUrl(baseUrl + "/")
                .apiKey(keyOrPlaceholder(apiKey))
                .version(API_VERSION)
                .modelName(request.model())
                .temperature(settings.temperature())
                .topP(settings.topP())
                .topK(settings.topK())
                .maxTokens(settings.maxTokens() == null ? DEFAULT_MAX_TOKENS : settings.maxTokens());
        if (!settings.stopSequences().isEmpty()) builder.stopSequences(settings.stopSequences());
        if (ResponseFormats.isJsonSchema(settings.responseFormat())) {
            builder.beta(STRUCTURED_OUTPUTS_BETA).supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .responseFormat(responseFormat(settings));
        }
        return builder.build();
    }

    @Override
    public List<String> listModels(Connection connection, String apiKey) {
        Map<String, String> headers = Map.of("x-api-key", apiKey == null ? "" : apiKey, "anthropic-version", API_VERSION);
        return ModelListing.names(ModelListing.getJson(baseUrl(connection) + "/models", headers, connectTimeout, connection, apiKey)
                .path("data"), "id");
    }
}
