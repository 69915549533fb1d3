package dev.playground.engine.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Google's Gemini API (streamGenerateContent over SSE) through LangChain4j's Google AI Gemini module. */
public final class GeminiProvider extends LangChainProvider {

    public GeminiProvider(TokenCounter tokenCounter, Duration connectTimeout) {
        super(tokenCounter, connectTimeout);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.GEMINI;
    }

    @Override
    protected String baseUrl(Connection connection) {
        return ProviderKind.GEMINI.baseUrlOf(connection);
    }

    /** LangChain4j's Gemini mapper only knows its typed schema elements, not raw JSON. */
    @Override
    protected boolean typedToolSchemas() {
        return true;
    }

    @Override
    protected StreamingChatModel model(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings, HttpClientBuilder http) {
        GoogleAiGeminiStreamingChatModel.GoogleAiGeminiStreamingChatModelBuilder builder = GoogleAiGeminiStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(keyOrPlaceholder(apiKey))
                .modelName(request.model())
                .temperature(settings.temperature())
                .topP(settings.topP())
                .topK(settings.topK())
                .maxOutputTokens(settings.maxTokens())
                .seed(settings.seed())
                .presencePenalty(settings.presencePenalty())
                .frequencyPenalty(settings.frequencyPenalty())
                .responseFormat(responseFormat(settings));
        if (!settings.stopSequences().isEmpty()) builder.stopSequences(settings.stopSequences());
        return builder.build();
    }

    @Override
    public List<String> listModels(Connection connection, String apiKey) {
        Map<String, String> headers = Map.of("x-goog-api-key", apiKey == null ? "" : apiKey);
        return ModelListing.names(ModelListing.getJson(baseUrl(connection) + "/models", headers, connectTimeout, connection, apiKey)
                .path("models"), "name").stream().map(name -> name.startsWith("models/") ? name.substring(7) : name).toList();
    }
}
