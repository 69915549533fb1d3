package dev.playground.engine.local;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.Pair;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * One streamed generation on a local model, on its own virtual thread: wait for the model (loading it if needed)
 * and its turn, apply the model's chat template, then pass each piece of text to the listener as llama.cpp samples
 * it. Cancelling ends the call at once with the text so far; the generation thread then stops llama.cpp's task.
 * Token counts come from the model's own tokenizer; the clock starts when the call starts, so the first call's
 * latency includes loading the model.
 */
final class LlamaCall implements CompletionHandle {
    private final CompletionRequest request;
    private final CompletionListener listener;
    private final Supplier<LoadedModels.Lease> lease;
    private final String grammar;
    private final CompletableFuture<CompletionResult> done = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final StringBuilder text = new StringBuilder();
    private final long startNanos = System.nanoTime();
    private volatile boolean cancelled;
    private volatile long firstTokenNanos;
    private volatile int inputTokens;
    private volatile int sampled;

    LlamaCall(CompletionRequest request, CompletionListener listener, Supplier<LoadedModels.Lease> lease, String grammar) {
        this.request = request;
        this.listener = listener;
        this.lease = lease;
        this.grammar = grammar;
    }

    LlamaCall start() {
        Thread.ofVirtual().name("local-model-call").start(this::run);
        return this;
    }

    /** A call refused before it started: the listener hears the error, the result fails with it. */
    static CompletionHandle failed(CompletionRequest request, CompletionListener listener, ProviderException error) {
        LlamaCall call = new LlamaCall(request, listener, null, null);
        call.finishIncomplete(error);
        return call;
    }

    @Override
    public void cancel() {
        cancelled = true;
        finishIncomplete(new ProviderException(ProviderException.Kind.CANCELLED, LocalMessages.text("stopped")));
    }

    @Override
    public CompletableFuture<CompletionResult> result() {
        return done;
    }

    private void run() {
        try (LoadedModels.Lease use = lease.get()) {
            if (!use.awaitTurn(() -> cancelled)) return;
            generate(use.model());
        } catch (LocalModelException e) {
            finishIncomplete(new ProviderException(ProviderException.Kind.CONFIGURATION, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LlamaCall.class).warn("Local generation failed on {}", request.model(), e);
            finishIncomplete(new ProviderException(ProviderException.Kind.SERVER, 0,
                    LocalMessages.text("failed", request.model()), null));
        }
    }

    private void generate(LlamaModel llama) {
        String prompt = llama.applyTemplate(new InferenceParameters("").setMessages(systemText(), turns()));
        inputTokens = llama.encode(prompt).length;
        ModelSettings s = request.settings();
        InferenceParameters parameters = new InferenceParameters(prompt);
        if (s.temperature() != null) parameters.setTemperature(s.temperature().floatValue());
        if (s.topP() != null) parameters.setTopP(s.topP().floatValue());
        if (s.topK() != null) parameters.setTopK(s.topK());
        if (s.seed() != null) parameters.setSeed(s.seed());
        if (s.maxTokens() != null) parameters.setNPredict(s.maxTokens());
        if (s.presencePenalty() != null) parameters.setPresencePenalty(s.presencePenalty().floatValue());
        if (s.frequencyPenalty() != null) parameters.setFrequencyPenalty(s.frequencyPenalty().floatValue());
        if (!s.stopSequences().isEmpty()) parameters.setStopStrings(s.stopSequences().toArray(String[]::new));
        if (grammar != null) parameters.setGrammar(grammar);
        LlamaIterator pieces = llama.generate(parameters).iterator();
        try {
            while (pieces.hasNext() && !cancelled) {
                LlamaOutput piece = pieces.next();
                if (pieces.hasNext()) sampled++;
                if (piece.text.isEmpty() || cancelled) continue;
                if (firstTokenNanos == 0) firstTokenNanos = System.nanoTime();
                synchronized (text) {
                    text.append(piece.text);
                }
                listener.onToken(piece.text);
            }
        } finally {
            if (pieces.hasNext()) pieces.cancel();
        }
        if (cancelled) return;
        String answer = currentText();
        boolean hitLimit = s.maxTokens() != null && sampled >= s.maxTokens();
        Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
        CompletionResult result = CompletionResult.completed(answer, hitLimit ? "length" : "stop",
                new TokenUsage(inputTokens, outputTokens(llama, answer), true), timeToFirstToken(), latency);
        if (!finished.compareAndSet(false, true)) return;
        listener.onComplete(result);
        done.complete(result);
    }

    private String systemText() {
        List<String> system = request.messages().stream().filter(m -> m.role() == Role.SYSTEM).map(RenderedMessage::text).toList();
        return system.isEmpty() ? null : String.join("\n\n", system);
    }

    private List<Pair<String, String>> turns() {
        List<Pair<String, String>> turns = new ArrayList<>();
        for (RenderedMessage m : request.messages()) {
            if (m.role() != Role.SYSTEM) turns.add(new Pair<>(m.role().wireName(), m.text()));
        }
        return turns;
    }

    private static int outputTokens(LlamaModel llama, String answer) {
        return answer.isEmpty() ? 0 : llama.encode(answer).length;
    }

    private void finishIncomplete(ProviderException failure) {
        if (!finished.compareAndSet(false, true)) return;
        String partial = currentText();
        // Counted as sampled, not re-tokenized: the model may be closing on the generation thread.
        CompletionResult result = new CompletionResult(partial, "incomplete", new TokenUsage(inputTokens, sampled, inputTokens > 0),
                timeToFirstToken(), Duration.ofNanos(System.nanoTime() - startNanos), false, failure.getMessage());
        listener.onError(failure, result);
        done.completeExceptionally(failure);
    }

    private String currentText() {
        synchronized (text) {
            return text.toString();
        }
    }

    private Duration timeToFirstToken() {
        long first = firstTokenNanos;
        return first == 0 ? null : Duration.ofNanos(first - startNanos);
    }
}
