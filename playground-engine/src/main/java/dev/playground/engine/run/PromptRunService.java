package dev.playground.engine.run;

import dev.playground.engine.context.ContextRetriever;
import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a prompt the same way for the window and the command line: retrieval into {@code {{context}}}
 * (when the prompt asks for it), rendering, the request, the stream, and the run log (the gateway
 * records every call). The faces only turn what they have into a {@link PromptRunRequest} and show
 * what comes back.
 */
public final class PromptRunService {
    private final TemplateRenderer renderer;
    private final ModelGateway gateway;
    private final ContextRetriever contexts;
    private final TaskExecutor executor;

    public PromptRunService(TemplateRenderer renderer, ModelGateway gateway, ContextRetriever contexts, TaskExecutor executor) {
        this.renderer = renderer;
        this.gateway = gateway;
        this.contexts = contexts;
        this.executor = executor;
    }

    /** The gateway every run goes through (the tool loop calls the model through it too). */
    public ModelGateway gateway() {
        return gateway;
    }

    /** Starts the run in the background; see {@link PromptRun#outcome()} for how it ends. */
    /** The run log the calls go to (for feedback and judge scores on a call, by its id). */
    public dev.playground.engine.runlog.RunLog runLog() {
        return gateway.runLog();
    }

    public PromptRun start(PromptRunRequest request, RunListener listener) {
        PromptRun run = new PromptRun();
        executor.run(() -> send(request, listener, run)).whenComplete((ok, failure) -> {
            // Anything unexpected must end the run visibly, never leave it pending.
            if (failure != null) run.outcome().completeExceptionally(failure);
        });
        return run;
    }

    /**
     * The call {@link #start} would send, without sending it: retrieval done, messages rendered. The tool loop starts
     * from it (with the prompt's tools added).
     *
     * @throws TemplateException, RunProblem as {@link #start} would report them
     */
    public CompletionRequest prepare(PromptRunRequest request, RunListener listener) throws TemplateException {
        RetrievedContext context = retrieve(request);
        if (request.retrieval().enabled()) listener.onContext(context);
        return new CompletionRequest(request.connection(), request.model(), request.settings(), render(request, context), request.sample());
    }

    private void send(PromptRunRequest request, RunListener listener, PromptRun run) {
        try {
            RetrievedContext context = retrieve(request);
            if (request.retrieval().enabled()) listener.onContext(context);
            List<RenderedMessage> messages = render(request, context);
            if (run.isCancelled()) throw new CancellationException("Stopped before the call was sent.");
            CompletionRequest call = new CompletionRequest(request.connection(), request.model(), request.settings(), messages, request.sample());
            Forwarder forwarder = new Forwarder(listener, call, context, new AtomicReference<>());
            CompletionHandle handle = gateway.stream(call, forwarder, request.label());
            run.attach(handle);
            // The gateway completes its result after the run log is written: the outcome waits for that, so a command
            // that exits as soon as the outcome is known never leaves its run unlogged.
            handle.result().whenComplete((result, failure) -> {
                RunOutcome outcome = forwarder.outcome().get();
                if (outcome != null) run.outcome().complete(outcome);
                else if (result != null) run.outcome().complete(new RunOutcome(call, result, context, null));
                else run.outcome().completeExceptionally(failure);
            });
        } catch (Exception e) {
            run.outcome().completeExceptionally(e);
        }
    }

    private RetrievedContext retrieve(PromptRunRequest request) {
        if (!request.retrieval().enabled()) return RetrievedContext.EMPTY;
        try {
            return contexts.retrieve(request.retrieval(), request.values(), userMessageWithoutContext(request));
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RunProblem(RunProblem.Kind.RETRIEVAL, reason, e);
        }
    }

    /** Blank messages (an empty system block, say) are not sent: chat APIs refuse them. */
    private List<RenderedMessage> render(PromptRunRequest request, RetrievedContext context) throws TemplateException {
        Map<String, String> values = new LinkedHashMap<>(request.values());
        if (request.retrieval().enabled()) values.put(TemplateVariables.CONTEXT, context.text());
        List<RenderedMessage> messages = renderer.render(request.template(), values).stream().filter(m -> !m.text().isBlank()).toList();
        if (messages.isEmpty()) throw new RunProblem(RunProblem.Kind.EMPTY, "Every message is empty: write the prompt first.", null);
        return messages;
    }

    /** The default retrieval query: the user messages as rendered without the retrieved passages. */
    private String userMessageWithoutContext(PromptRunRequest request) {
        Map<String, String> values = new LinkedHashMap<>(request.values());
        values.put(TemplateVariables.CONTEXT, "");
        String userText = request.template().textOf(Role.USER);
        try {
            return renderer.render(PromptTemplate.systemAndUser("", userText), values).stream()
                    .map(RenderedMessage::text).reduce("", (a, b) -> a + b).strip();
        } catch (TemplateException e) {
            return userText;
        }
    }

    /** Passes tokens on and keeps the final (or partial) answer for the run's outcome. */
    private record Forwarder(RunListener listener, CompletionRequest request, RetrievedContext context,
                             AtomicReference<RunOutcome> outcome) implements CompletionListener {
        @Override
        public void onToken(String token) {
            listener.onToken(token);
        }

        @Override
        public void onComplete(CompletionResult result) {
            outcome.set(new RunOutcome(request, result, context, null));
        }

        @Override
        public void onError(ProviderException error, CompletionResult partial) {
            outcome.set(new RunOutcome(request, partial, context, error));
        }
    }
}
