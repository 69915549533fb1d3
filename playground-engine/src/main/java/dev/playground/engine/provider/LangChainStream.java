package dev.playground.engine.provider;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.tokens.TokenCounter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One streamed call through a LangChain4j model: bridges its callbacks to ours, times the stream,
 * keeps partial text, and on cancel cuts the HTTP exchange at once. The clock starts when the request
 * is handed to the HTTP client (after building the model and mapping the request) and token times are
 * when their bytes arrived, not when LangChain4j finished mapping them: the figures are the server's
 * and the network's, also on the first call of a process.
 */
final class LangChainStream implements StreamingChatResponseHandler, CompletionHandle {
    private final CompletionRequest request;
    private final CompletionListener listener;
    private final String apiKey;
    private final TokenCounter tokenCounter;
    private final AttemptHttpClient http;
    private final long createdNanos = System.nanoTime();
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<CompletionResult> done = new CompletableFuture<>();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile long firstTokenNanos;

    LangChainStream(CompletionRequest request, CompletionListener listener, String apiKey, TokenCounter tokenCounter, AttemptHttpClient http) {
        this.request = request;
        this.listener = listener;
        this.apiKey = apiKey;
        this.tokenCounter = tokenCounter;
        this.http = http;
        // Some LangChain4j parsers end quietly when the body stops early; the transport tells us it ended.
        http.onStreamEnd(() -> onError(new java.io.EOFException("the stream ended before the final event")));
    }

    LangChainStream start(StreamingChatModel model, ChatRequest chat) {
        try {
            // A reused model reaches this call's transport through the route (it sends on this thread).
            AttemptHttpClient.onThisThread(http, () -> model.chat(chat, this));
        } catch (RuntimeException e) {
            // Builders and request mappers throw synchronously (bad schema, unsupported option).
            onError(e);
        }
        return this;
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
        if (firstTokenNanos == 0) firstTokenNanos = arrivalOfRead();
        synchronized (text) {
            text.append(token);
        }
        listener.onToken(token);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        if (cancelled.get() || done.isDone()) return;
        if (response.finishReason() == null) {
            // Every supported wire format names why an answer ended; without that the stream was cut.
            finishIncomplete(new ProviderException(ProviderException.Kind.NETWORK, 0,
                    "The stream from " + request.connection().name() + " ended before the answer was finished. The text so far is kept.", null));
            return;
        }
        String answer = response.aiMessage() != null && response.aiMessage().text() != null ? response.aiMessage().text() : currentText();
        var calls = LangChainTools.calls(response.aiMessage());
        String finish = !calls.isEmpty() ? "tool_calls" : response.finishReason().name().toLowerCase(Locale.ROOT);
        CompletionResult result = CompletionResult.completed(answer, finish, usageOf(response, answer), timeToFirstToken(),
                Duration.ofNanos(arrivalOfRead() - clockStart())).withToolCalls(calls);
        if (!finished.compareAndSet(false, true)) return;
        // Listener first, then the future: whoever waits on the future sees the listener's effects.
        listener.onComplete(result);
        done.complete(result);
    }

    @Override
    public void onError(Throwable error) {
        if (done.isDone()) return;
        ProviderException failure = cancelled.get() ? cancelledByUser() : ProviderErrors.translate(error, request.connection(), apiKey);
        finishIncomplete(failure);
    }

    @Override
    public void cancel() {
        if (!cancelled.compareAndSet(false, true)) return;
        http.cancel();
        StreamingHandle streaming = handle.get();
        if (streaming != null) streaming.cancel();
        finishIncomplete(cancelledByUser());
    }

    /** Ends the call now with {@code failure} (used by the gateway for timeouts) and cuts the stream. */
    void abort(ProviderException failure) {
        if (!cancelled.compareAndSet(false, true)) return;
        http.cancel();
        finishIncomplete(failure);
    }

    @Override
    public CompletableFuture<CompletionResult> result() {
        return done;
    }

    private static ProviderException cancelledByUser() {
        return new ProviderException(ProviderException.Kind.CANCELLED, "Stopped by you.");
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
        return firstTokenNanos == 0 ? null : Duration.ofNanos(firstTokenNanos - clockStart());
    }

    /** Until now: how long the user has waited for a call that ends early. */
    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - clockStart());
    }

    private long clockStart() {
        long sent = http.sentNanos();
        return sent == 0 ? createdNanos : sent;
    }

    private long arrivalOfRead() {
        long arrival = http.arrivalOfRead();
        return arrival == 0 ? System.nanoTime() : arrival;
    }
}
