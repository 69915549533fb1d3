package dev.playground.engine.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;

/** Ollama's native chat API (NDJSON streaming) through LangChain4j's Ollama module. */
public final class OllamaProvider extends LangChainProvider {

    public OllamaProvider(TokenCounter tokenCounter, Duration connectTimeout) {
        super(tokenCounter, connectTimeout);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.OLLAMA;
    }

    @Override
    protected String baseUrl(Connection connection) {
        return ProviderKind.OLLAMA.baseUrlOf(connection);
    }

    /** Ollama's chat API has no tool choice: "none" sends no tools, a named tool is offered alone. */
    @Override
    protected boolean toolChoiceOnWire() {
        return false;
    }

    @Override
    protected StreamingChatModel model(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings, HttpClientBuilder http) {
        OllamaStreamingChatModel.OllamaStreamingChatModelBuilder builder = OllamaStreamingChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .modelName(request.model())
                .temperature(settings.temperature())
                .topP(settings.topP())
                .topK(settings.topK())
                .numPredict(settings.maxTokens())
                .seed(settings.seed())
                .responseFormat(responseFormat(settings));
        if (!settings.stopSequences().isEmpty()) builder.stop(settings.stopSequences());
        // A key is optional: Ollama behind an authenticating proxy takes it as a bearer token.
        if (apiKey != null && !apiKey.isBlank()) builder.customHeaders(java.util.Map.of("Authorization", "Bearer " + apiKey));
        return builder.build();
    }

    /** The models pulled on the server (GET /api/tags). */
    @Override
    public List<String> listModels(Connection connection, String apiKey) {
        AttemptHttpClient http = new AttemptHttpClient(connectTimeout, Duration.ofSeconds(20));
        try {
            List<OllamaModel> models = OllamaModels.builder().httpClientBuilder(http.builder()).baseUrl(baseUrl(connection))
                    .maxRetries(0).build().availableModels().content();
            return models.stream().map(OllamaModel::getName).toList();
        } catch (RuntimeException e) {
            throw ProviderErrors.translate(e, connection, apiKey);
        }
    }
}
