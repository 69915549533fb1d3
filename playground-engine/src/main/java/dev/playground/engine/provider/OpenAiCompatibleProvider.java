package dev.playground.engine.provider;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Any OpenAI chat-completions server, through LangChain4j's OpenAI module. */
public final class OpenAiCompatibleProvider implements ChatProvider {
    private final TokenCounter tokenCounter;
    private final Duration timeout;

    public OpenAiCompatibleProvider(TokenCounter tokenCounter, Duration timeout) {
        this.tokenCounter = tokenCounter;
        this.timeout = timeout;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.OPENAI_COMPATIBLE;
    }

    @Override
    public CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener) {
        if (request.connection().baseUrl().isEmpty()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                    "The connection '" + request.connection().name() + "' has no base URL. Set one, e.g. http://localhost:11434/v1.");
        }
        if (request.model().isEmpty()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, "Choose a model name for this connection.");
        }
        ModelSettings settings = request.settings();
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(request.connection().baseUrl())
                // Local servers accept any key; LangChain4j requires a non-empty one.
                .apiKey(apiKey == null || apiKey.isBlank() ? "no-key" : apiKey)
                .modelName(request.model())
                .timeout(timeout)
                .build();
        ChatRequest.Builder chat = ChatRequest.builder().messages(toLangChain(request.messages()))
                .temperature(settings.temperature())
                .topP(settings.topP())
                .maxOutputTokens(settings.maxTokens());
        if (!settings.stopSequences().isEmpty()) chat.stopSequences(settings.stopSequences());
        StreamRun run = new StreamRun(request, listener, apiKey);
        model.chat(chat.build(), run);
        return run;
    }

    private static List<ChatMessage> toLangChain(List<RenderedMessage> messages) {
        return messages.stream().<ChatMessage>map(m -> switch (m.role()) {
            case SYSTEM -> SystemMessage.from(m.text());
            case USER -> UserMessage.from(m.text());
            case ASSISTANT -> AiMessage.from(m.text());
        }).toList();
    }

    /** Bridges LangChain4j's callbacks to ours, timing the stream and keeping partial text. */
    private final class StreamRun implements StreamingChatResponseHandler, CompletionHandle {
        private final CompletionRequest request;
        private final CompletionListener listener;
        private final String apiKey;
        private final long startNanos = System.nanoTime();
        private final StringBuilder text = new StringBuilder();
        private final CompletableFuture<CompletionResult> done = new CompletableFuture<>();
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile long firstTokenNanos;

        StreamRun(CompletionRequest request, CompletionListener listener, String apiKey) {
            this.request = request;
            this.listener = listener;
            this.apiKey = apiKey;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handle.set(context.streamingHandle());
            if (cancelled.get()) {
                context.streamingHandle().cancel();
                return;
            }
            String token = partial.text();
            if (token == null || token.isEmpty()) return;
            if (firstTokenNanos == 0) firstTokenNanos = System.nanoTime();
            synchronized (text) {
                text.append(token);
            }
            listener.onToken(token);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (cancelled.get() || done.isDone()) return;
            if (response.finishReason() == null) {
                // OpenAI-style servers always end a finished answer with a finish_reason; without one the stream was cut.
                finishIncomplete(new ProviderException(ProviderException.Kind.NETWORK,
                        "The stream from " + request.connection().name() + " ended before the answer was finished. The text so far is kept."));
                return;
            }
            String answer = response.aiMessage() != null && response.aiMessage().text() != null ? response.aiMessage().text() : currentText();
            TokenUsage usage = usageOf(response, answer);
            String finish = response.finishReason() == null ? "stop" : response.finishReason().name().toLowerCase();
            CompletionResult result = CompletionResult.completed(answer, finish, usage, timeToFirstToken(), elapsed());
            if (!finished.compareAndSet(false, true)) return;
            // Listener first, then the future: whoever waits on the future sees the listener's effects.
            listener.onComplete(result);
            done.complete(result);
        }

        @Override
        public void onError(Throwable error) {
            if (done.isDone()) return;
            ProviderException failure = cancelled.get()
                    ? new ProviderException(ProviderException.Kind.CANCELLED, "Stopped by you.")
                    : ProviderErrors.translate(error, request.connection(), apiKey);
            finishIncomplete(failure);
        }

        @Override
        public void cancel() {
            if (!cancelled.compareAndSet(false, true)) return;
            StreamingHandle streaming = handle.get();
            if (streaming != null) streaming.cancel();
            finishIncomplete(new ProviderException(ProviderException.Kind.CANCELLED, "Stopped by you."));
        }

        @Override
        public CompletableFuture<CompletionResult> result() {
            return done;
        }

        private void finishIncomplete(ProviderException failure) {
            String partialText = currentText();
            CompletionResult partial = new CompletionResult(partialText, "incomplete",
                    new TokenUsage(countInput(), tokenCounter.count(partialText, request.model()), false),
                    timeToFirstToken(), elapsed(), false, failure.getMessage());
            if (!finished.compareAndSet(false, true)) return;
            listener.onError(failure, partial);
            done.completeExceptionally(failure);
        }

        private TokenUsage usageOf(ChatResponse response, String answer) {
            var usage = response.tokenUsage();
            if (usage != null && usage.inputTokenCount() != null && usage.outputTokenCount() != null) {
                return new TokenUsage(usage.inputTokenCount(), usage.outputTokenCount(), true);
            }
            return new TokenUsage(countInput(), tokenCounter.count(answer, request.model()), false);
        }

        private int countInput() {
            return request.messages().stream().mapToInt(m -> tokenCounter.count(m.text(), request.model())).sum();
        }

        private String currentText() {
            synchronized (text) {
                return text.toString();
            }
        }

        private Duration timeToFirstToken() {
            return firstTokenNanos == 0 ? null : Duration.ofNanos(firstTokenNanos - startNanos);
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }
}
