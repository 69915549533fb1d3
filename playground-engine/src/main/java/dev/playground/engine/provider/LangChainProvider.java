package dev.playground.engine.provider;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ParameterSupport;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ResponseFormats;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared shape of every adapter built on a LangChain4j streaming model: check the connection,
 * build the model with our HTTP transport and the request's parameters, stream.
 */
abstract class LangChainProvider implements ChatProvider {
    protected final TokenCounter tokenCounter;
    protected final Duration connectTimeout;

    protected LangChainProvider(TokenCounter tokenCounter, Duration connectTimeout) {
        this.tokenCounter = tokenCounter;
        this.connectTimeout = connectTimeout;
    }

    /** Builds the provider's model for this request; parameters the kind does not support are already cleared. */
    protected abstract StreamingChatModel model(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings,
                                                HttpClientBuilder http);

    /** The base URL to call: the connection's, or the provider's public one when it has none. */
    protected abstract String baseUrl(Connection connection);

    @Override
    public void check(CompletionRequest request) {
        if (baseUrl(request.connection()).isEmpty()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                    "The connection '" + request.connection().name() + "' has no base URL. " + baseUrlHint());
        }
        if (request.model().isEmpty()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, "Choose a model name for the connection '"
                    + request.connection().name() + "'.");
        }
    }

    @Override
    public boolean supportsTools() {
        return true;
    }

    protected String baseUrlHint() {
        return "Set one in Settings > Connections.";
    }

    @Override
    public CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener) {
        return stream(request, apiKey, listener, connectTimeout);
    }

    @Override
    public CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener, Duration connectTimeout) {
        check(request);
        ModelSettings settings = ParameterSupport.stripUnsupported(kind(), request.settings());
        AttemptHttpClient http = new AttemptHttpClient(connectTimeout, null);
        String baseUrl = baseUrl(request.connection());
        StreamingChatModel model = reusesModels()
                ? sharedModel(request, baseUrl, apiKey, settings)
                : model(request, baseUrl, apiKey, settings, http.builder());
        ChatRequest chat = LangChainTools.offer(ChatRequest.builder().messages(toLangChain(request.messages())), request.tools(),
                typedToolSchemas(), toolChoiceOnWire()).build();
        return new LangChainStream(request, listener, apiKey, tokenCounter, http).start(model, chat);
    }

    /**
     * True when the adapter's LangChain4j model hands its request to the HTTP client on the calling thread, so one
     * model can serve every call with the same URL, key, model name and parameters: each call's own transport is
     * reached through {@link AttemptHttpClient#routed()}. Building a model costs two class-path scans for
     * LangChain4j's service factories (every jar, every call), most of the gateway's own time on a warm call.
     */
    protected boolean reusesModels() {
        return false;
    }

    /** False for APIs with no tool choice field (Ollama): see {@link LangChainTools#offer}. */
    protected boolean toolChoiceOnWire() {
        return true;
    }

    /** True when the adapter's LangChain4j mapper cannot send a tool's parameter schemas as raw JSON (Gemini's). */
    protected boolean typedToolSchemas() {
        return false;
    }

    private static final int MAX_MODELS = 64;
    private final Map<ModelKey, StreamingChatModel> models = new ConcurrentHashMap<>();

    /** The shared model for these settings, built once (the map is emptied if a session somehow makes 64). */
    private StreamingChatModel sharedModel(CompletionRequest request, String baseUrl, String apiKey, ModelSettings settings) {
        ModelKey key = new ModelKey(baseUrl, apiKey, request.model(), settings);
        StreamingChatModel known = models.get(key);
        if (known != null) return known;
        if (models.size() >= MAX_MODELS) models.clear();
        return models.computeIfAbsent(key, k -> model(request, baseUrl, apiKey, settings, AttemptHttpClient.routed()));
    }

    private record ModelKey(String baseUrl, String apiKey, String model, ModelSettings settings) {}

    static List<ChatMessage> toLangChain(List<RenderedMessage> messages) {
        return LangChainTools.messages(messages);
    }

    /** Our response-format setting as LangChain4j's: null (text), JSON object, or JSON with a raw schema. */
    static ResponseFormat responseFormat(ModelSettings settings) {
        String format = settings.responseFormat();
        if (ResponseFormats.isJsonObject(format)) return ResponseFormat.JSON;
        if (ResponseFormats.isJsonSchema(format)) {
            JsonSchema schema = JsonSchema.builder().name("answer").rootElement(JsonRawSchema.from(format)).build();
            return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
        }
        return null;
    }

    static String trimSlash(String url) {
        String trimmed = url == null ? "" : url.trim();
        while (trimmed.endsWith("/")) trimmed = trimmed.substring(0, trimmed.length() - 1);
        return trimmed;
    }

    static String keyOrPlaceholder(String apiKey) {
        // Local servers accept any key; LangChain4j builders insist on a non-empty one.
        return apiKey == null || apiKey.isBlank() ? "no-key" : apiKey;
    }
}
