package dev.playground.ui.playground;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolResponder;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One conversation turn through the engine's {@link ToolLoop} (the loop the command line's {@code run} uses): the
 * messages so far, the prompt's tools, the step limit. The first turn is rendered by the run service on the task
 * executor (retrieval, variables); the loop then runs on its own thread and every event hops back through
 * {@code hop} (the FX thread in the window). Tokens stream into the Playground's answer through
 * {@link PlaygroundRun}, which also shows the figures, the status line and Stop. Tool calls nobody serves are handed
 * to {@link Events#needsAnswer} as a {@link PendingToolCall} the person answers.
 */
final class ChatRun {
    /** What the conversation hears, always through the hop. */
    interface Events {
        /** The messages the turn sends first (the rendered prompt, for a fresh conversation). */
        void started(List<RenderedMessage> sent);

        /** The model asked for tools: its turn, as the loop will send it back. */
        void askedForTools(RenderedMessage turn);

        /** One tool call was answered (by the person, a server, or refused for bad arguments). */
        void toolAnswered(ToolCall call, Span span);

        /** A call waits for the person. */
        void needsAnswer(PendingToolCall pending);

        /** The turn ended: how, and the answer's figures line (empty without an answer). */
        void finished(ToolRun run, String figures);

        /** Nothing was sent: the prompt could not be rendered, say. */
        void notSent(String message);
    }

    private final ModelGateway gateway;
    private final Supplier<PriceTable> prices;
    private final PromptRunService runs;
    private final TaskExecutor executor;
    private final Executor hop;
    private final PlaygroundRun answer;
    private final Consumer<Trace> keep;

    ChatRun(ModelGateway gateway, Supplier<PriceTable> prices, PromptRunService runs, TaskExecutor executor, Executor hop,
            PlaygroundRun answer, Consumer<Trace> keep) {
        this.gateway = gateway;
        this.prices = prices;
        this.runs = runs;
        this.executor = executor;
        this.hop = hop;
        this.answer = answer;
        this.keep = keep;
    }

    /**
     * Starts a turn. {@code messages} null: render {@code request}'s prompt first (a fresh conversation); else send
     * exactly these messages with {@code request}'s connection, model and parameters.
     */
    void start(PromptRunRequest request, List<RenderedMessage> messages, ToolSet tools, int maxSteps, ToolResponder responder,
               Events events) {
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<ToolLoop.Handle> handle = new AtomicReference<>();
        AtomicReference<PendingToolCall> waiting = new AtomicReference<>();
        answer.begin(answer.runningMessage(request.connection().name()), () -> {
            stopped.set(true);
            PendingToolCall pending = waiting.getAndSet(null);
            if (pending != null) pending.skip();
            ToolLoop.Handle running = handle.get();
            if (running != null) running.cancel();
        });
        executor.submit(() -> messages != null ? messages : runs.prepare(request, new RunListener() {}).messages())
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        hop.execute(() -> {
                            String why = answer.describeProblem(failure);
                            answer.ended(why, true);
                            events.notSent(why);
                        });
                        return;
                    }
                    if (stopped.get()) {
                        hop.execute(() -> {
                            answer.ended(answer.stoppedMessage(), true);
                            events.notSent(answer.stoppedMessage());
                        });
                        return;
                    }
                    hop.execute(() -> events.started(sent));
                    CompletionRequest call = new CompletionRequest(request.connection(), request.model(), request.settings(), sent,
                            request.sample(), tools);
                    Listener listener = new Listener(events, waiting, stopped);
                    ToolLoop.Handle started = new ToolLoop(gateway, prices)
                            .start(call, new ToolLoop.Options(maxSteps, responder, request.label()), listener);
                    handle.set(started);
                    if (stopped.get()) started.cancel();
                    started.result().whenComplete((run, problem) -> {
                        if (run != null) keep.accept(run.trace());
                        hop.execute(() -> finish(run, problem, stopped.get(), listener.last.get(), events));
                    });
                });
    }

    private void finish(ToolRun run, Throwable problem, boolean stopped, CompletionResult last, Events events) {
        if (run == null) {
            String why = answer.describeProblem(problem);
            answer.ended(why, false);
            events.notSent(why);
            return;
        }
        String figures = "";
        if (run.answered()) figures = answer.answered(run.answer(), last);
        else if (stopped || run.outcome() == ToolRun.Outcome.CANCELLED) answer.ended(answer.stoppedMessage(), true);
        else answer.ended(run.problem(), false);
        events.finished(run, figures);
    }

    /** The loop's events, on its thread: tokens go to the coalescer, the rest hops. */
    private final class Listener implements ToolLoopListener {
        private final Events events;
        private final AtomicReference<PendingToolCall> waiting;
        private final AtomicBoolean stopped;
        private final AtomicBoolean streamed = new AtomicBoolean();
        private final AtomicReference<CompletionResult> last = new AtomicReference<>();

        Listener(Events events, AtomicReference<PendingToolCall> waiting, AtomicBoolean stopped) {
            this.events = events;
            this.waiting = waiting;
            this.stopped = stopped;
        }

        @Override
        public void onToken(String token) {
            streamed.set(true);
            answer.token(token);
        }

        @Override
        public void onModelCall(Span span, CompletionResult result) {
            last.set(result);
            boolean hadText = streamed.getAndSet(false);
            if (!result.wantsTools()) return;
            RenderedMessage turn = RenderedMessage.toolCalls(result.text(), result.toolCalls());
            hop.execute(() -> {
                if (hadText) answer.restartAnswer();
                events.askedForTools(turn);
            });
        }

        @Override
        public void onToolCall(ToolCall call, Span span) {
            hop.execute(() -> events.toolAnswered(call, span));
        }

        @Override
        public CompletionStage<Optional<String>> needsAnswer(ToolCall call, ToolDefinition tool) {
            CompletableFuture<Optional<String>> given = new CompletableFuture<>();
            PendingToolCall pending = new PendingToolCall(call, tool, given);
            waiting.set(pending);
            given.whenComplete((text, failure) -> waiting.compareAndSet(pending, null));
            // Stop may have come while the loop was on its way here: then nobody is asked.
            if (stopped.get()) pending.skip();
            else hop.execute(() -> events.needsAnswer(pending));
            return given;
        }
    }
}
