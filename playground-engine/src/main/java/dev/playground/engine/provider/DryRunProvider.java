package dev.playground.engine.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Calls nothing. Its "answer" is the OpenAI-style JSON body that would be sent, so the app is
 * useful with no model at all and people can see exactly what leaves the machine.
 */
public final class DryRunProvider implements ChatProvider {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TokenCounter tokenCounter;

    public DryRunProvider(TokenCounter tokenCounter) {
        this.tokenCounter = tokenCounter;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.DRY_RUN;
    }

    @Override
    public CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener) {
        long start = System.nanoTime();
        String body = requestBody(request);
        // Its "latency" is making the request; counting tokens (loading an encoding, most of a second the
        // first time in a process) is our own work, as it is for every provider.
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        listener.onToken(body);
        int inputTokens = request.messages().stream().mapToInt(m -> tokenCounter.count(m.text(), request.model())).sum();
        CompletionResult result = CompletionResult.completed(body, "dry_run", new TokenUsage(inputTokens, 0, false), elapsed, elapsed);
        listener.onComplete(result);
        CompletableFuture<CompletionResult> done = CompletableFuture.completedFuture(result);
        return new CompletionHandle() {
            @Override
            public void cancel() {}

            @Override
            public CompletableFuture<CompletionResult> result() {
                return done;
            }
        };
    }

    /** The chat-completions request body, with the parameters that were set. */
    public static String requestBody(CompletionRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", request.model());
        ArrayNode messages = root.putArray("messages");
        for (RenderedMessage message : request.messages()) {
            messages.addObject().put("role", message.role().wireName()).put("content", message.text());
        }
        ModelSettings settings = request.settings();
        if (settings.temperature() != null) root.put("temperature", settings.temperature());
        if (settings.topP() != null) root.put("top_p", settings.topP());
        if (settings.maxTokens() != null) root.put("max_tokens", settings.maxTokens());
        if (!settings.stopSequences().isEmpty()) {
            ArrayNode stop = root.putArray("stop");
            settings.stopSequences().forEach(stop::add);
        }
        if (settings.seed() != null) root.put("seed", settings.seed());
        if (settings.topK() != null) root.put("top_k", settings.topK());
        if (settings.presencePenalty() != null) root.put("presence_penalty", settings.presencePenalty());
        if (settings.frequencyPenalty() != null) root.put("frequency_penalty", settings.frequencyPenalty());
        if (settings.responseFormat() != null && !settings.responseFormat().isBlank() && !"text".equals(settings.responseFormat())) {
            root.putObject("response_format").put("type", "json".equals(settings.responseFormat()) ? "json_object" : "json_schema");
        }
        root.put("stream", true);
        try {
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the request as JSON", e);
        }
    }
}
