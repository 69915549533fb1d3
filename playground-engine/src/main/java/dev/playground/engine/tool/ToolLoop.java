package dev.playground.engine.tool;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolResult;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.Pricing;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The tool loop: call the model with the prompt's tools; when it asks for tools, check each call's arguments
 * against the tool's schema, answer it (from the responders, else from the listener, which may ask the person), send
 * the answers back, and go on until the model answers in text or {@code maxSteps} model calls were made. Every model
 * call goes through the gateway (retries, limits, guardrails, run log); the loop records a {@link Trace}.
 */
public final class ToolLoop {
    public static final int DEFAULT_MAX_STEPS = 10;

    private final ModelGateway gateway;
    private final Costs costs;

    public ToolLoop(ModelGateway gateway, Supplier<PriceTable> prices) {
        Pricing pricing = new Pricing(prices);
        this.gateway = gateway;
        this.costs = (connection, model, usage) -> pricing.usd(connection.kind(), model, usage);
    }

    /** A loop that prices each model call with {@code costs} (e.g. Compare's flat --price). */
    public ToolLoop(ModelGateway gateway, Costs costs) {
        this.gateway = gateway;
        this.costs = costs;
    }

    /** The price of one model call in US dollars, null when unknown. */
    @FunctionalInterface
    public interface Costs {
        Double usd(dev.playground.engine.model.Connection connection, String model, dev.playground.engine.model.TokenUsage usage);
    }

    /** What to run with: the step limit, who answers tool calls, and the run-log label of each model call. */
    public record Options(int maxSteps, ToolResponder responder, RunLabel label) {
        public Options {
            if (maxSteps < 1) throw new IllegalArgumentException("--max-steps must be 1 or more (each step is one model call).");
            responder = responder == null ? ToolResponder.NONE : responder;
            label = label == null ? RunLabel.NONE : label;
        }
    }

    /** A loop under way: it can be stopped, and it ends with a {@link ToolRun} (never exceptionally). */
    public interface Handle {
        void cancel();

        CompletableFuture<ToolRun> result();
    }

    /** Starts the loop on its own virtual thread. */
    public Handle start(CompletionRequest request, Options options, ToolLoopListener listener) {
        Running running = new Running(request, options, listener == null ? ToolLoopListener.NONE : listener);
        Thread.ofVirtual().name("tool-loop").start(running);
        return running;
    }

    /** Runs the loop on this thread and returns how it ended. */
    public ToolRun run(CompletionRequest request, Options options, ToolLoopListener listener) {
        Running running = new Running(request, options, listener == null ? ToolLoopListener.NONE : listener);
        running.run();
        return running.result().join();
    }

    private final class Running implements Runnable, Handle {
        private final CompletionRequest request;
        private final Options options;
        private final ToolLoopListener listener;
        private final CompletableFuture<ToolRun> done = new CompletableFuture<>();
        private final List<Span> spans = new ArrayList<>();
        private final List<RenderedMessage> messages;
        private final Instant startedAt = Instant.now();
        private final long startNanos = System.nanoTime();
        private final String traceId = UUID.randomUUID().toString();
        private volatile boolean cancelled;
        private volatile CompletionHandle current;

        Running(CompletionRequest request, Options options, ToolLoopListener listener) {
            this.request = request;
            this.options = options;
            this.listener = listener;
            this.messages = new ArrayList<>(request.messages());
        }

        @Override
        public void cancel() {
            cancelled = true;
            CompletionHandle call = current;
            if (call != null) call.cancel();
        }

        @Override
        public CompletableFuture<ToolRun> result() {
            return done;
        }

        @Override
        public void run() {
            try {
                done.complete(loop());
            } catch (RuntimeException e) {
                ProviderException failure = e instanceof ProviderException p ? p
                        : new ProviderException(ProviderException.Kind.CONFIGURATION, "The tool loop stopped: " + e.getMessage());
                done.complete(end(ToolRun.Outcome.FAILED, "", failure.getMessage(), failure));
            }
        }

        private ToolRun loop() {
            for (int step = 1; step <= options.maxSteps(); step++) {
                if (cancelled) return end(ToolRun.Outcome.CANCELLED, "", "Stopped by you.", null);
                Instant start = Instant.now();
                long t0 = System.nanoTime();
                CompletionResult result;
                // Each model call gets its own run-log id, kept on its span: the trace knows its rows and a row its trace.
                RunLabel label = options.label().withRunId(step == 1 && options.label().runId() != null
                        ? options.label().runId() : UUID.randomUUID().toString());
                try {
                    result = call(request.withMessages(messages), label);
                } catch (ProviderException e) {
                    spans.add(modelSpan(step, start, t0, null, e.getMessage(), label.runId()));
                    ToolRun.Outcome outcome = e.kind() == ProviderException.Kind.CANCELLED ? ToolRun.Outcome.CANCELLED : ToolRun.Outcome.FAILED;
                    return end(outcome, "", e.getMessage(), e);
                }
                Span model = modelSpan(step, start, t0, result, "", label.runId());
                spans.add(model);
                listener.onModelCall(model, result);
                if (!result.wantsTools()) {
                    messages.add(new RenderedMessage(dev.playground.engine.model.Role.ASSISTANT, result.text()));
                    return end(ToolRun.Outcome.ANSWERED, result.text(), "", null);
                }
                messages.add(RenderedMessage.toolCalls(result.text(), result.toolCalls()));
                if (step == options.maxSteps()) break;
                List<ToolResult> results = new ArrayList<>();
                for (ToolCall call : result.toolCalls()) {
                    Optional<ToolResult> answered = answer(step, call);
                    if (answered.isEmpty()) {
                        return end(ToolRun.Outcome.UNANSWERED_TOOL, "", "No answer for the tool '" + call.name() + "': save a mock answer with "
                                + "the tool, pass --mock-tool " + call.name() + "=TEXT, or serve it from an MCP server with --mcp NAME.", null);
                    }
                    results.add(answered.get());
                }
                messages.add(RenderedMessage.toolResults(results));
            }
            return end(ToolRun.Outcome.MAX_STEPS, "", "The model still asked for tools after " + options.maxSteps()
                    + (options.maxSteps() == 1 ? " model call" : " model calls") + ". Raise --max-steps or change the prompt.", null);
        }

        private CompletionResult call(CompletionRequest next, RunLabel label) {
            CompletionHandle handle = gateway.stream(next, new CompletionListener() {
                @Override
                public void onToken(String token) {
                    listener.onToken(token);
                }

                @Override
                public void onComplete(CompletionResult result) {}

                @Override
                public void onError(ProviderException error, CompletionResult partial) {}
            }, label);
            current = handle;
            if (cancelled) handle.cancel();
            try {
                return handle.result().get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof ProviderException p ? p
                        : new ProviderException(ProviderException.Kind.NETWORK, "The model call failed: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.cancel();
                throw new ProviderException(ProviderException.Kind.CANCELLED, "Stopped by you.");
            }
        }

        /** One tool call answered (a refusal counts: the model is told what was wrong), or empty when nobody answers. */
        private Optional<ToolResult> answer(int step, ToolCall call) {
            Instant start = Instant.now();
            long t0 = System.nanoTime();
            ToolAnswer answer;
            String error = "";
            Optional<ToolDefinition> tool = request.tools().find(call.name());
            if (tool.isEmpty()) {
                error = "the model asked for a tool the prompt does not have";
                answer = new ToolAnswer("There is no tool named '" + call.name() + "'. The tools are: "
                        + String.join(", ", request.tools().tools().stream().map(ToolDefinition::name).toList()) + ".", "refused", true);
            } else {
                List<String> problems = ToolCheck.argumentProblems(tool.get(), call.arguments());
                if (!problems.isEmpty()) {
                    error = "arguments do not match the schema: " + String.join("; ", problems);
                    answer = new ToolAnswer("The arguments do not match the tool's parameters: " + String.join("; ", problems)
                            + ". Call it again with valid arguments.", "refused", true);
                } else {
                    Optional<ToolAnswer> served = serve(call);
                    if (served.isEmpty()) served = askPerson(call, tool.get());
                    if (served.isEmpty()) return Optional.empty();
                    answer = served.get();
                    if (answer.failed()) error = answer.text();
                }
            }
            Span span = new Span("s" + (spans.size() + 1), Span.Kind.TOOL, step, call.name(), start, Duration.ofNanos(System.nanoTime() - t0),
                    call.arguments(), answer.text(), answer.source(), 0, 0, null, error);
            spans.add(span);
            listener.onToolCall(call, span);
            return Optional.of(new ToolResult(call.id(), call.name(), answer.text()));
        }

        private Optional<ToolAnswer> serve(ToolCall call) {
            try {
                return options.responder().answer(call);
            } catch (RuntimeException e) {
                return Optional.of(new ToolAnswer("The tool failed: " + e.getMessage(), "error", true));
            }
        }

        private Optional<ToolAnswer> askPerson(ToolCall call, ToolDefinition tool) {
            try {
                return listener.needsAnswer(call, tool).toCompletableFuture().get().map(text -> ToolAnswer.of(text, "person"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                return Optional.empty();
            }
        }

        private Span modelSpan(int step, Instant start, long t0, CompletionResult result, String error, String runId) {
            int in = result == null || result.usage() == null ? 0 : result.usage().inputTokens();
            int out = result == null || result.usage() == null ? 0 : result.usage().outputTokens();
            Double cost = result == null || result.usage() == null ? null
                    : costs.usd(request.connection(), request.model(), result.usage());
            String output = result == null ? "" : result.wantsTools()
                    ? "asked for " + String.join(", ", result.toolCalls().stream().map(ToolCall::name).toList()) : result.text();
            return new Span("s" + (spans.size() + 1), Span.Kind.MODEL, step, request.model(), start, Duration.ofNanos(System.nanoTime() - t0),
                    "", output, request.connection().name(), in, out, cost, error, runId);
        }

        private ToolRun end(ToolRun.Outcome outcome, String answer, String problem, ProviderException error) {
            Trace trace = new Trace(traceId, options.label().prompt(), startedAt, Duration.ofNanos(System.nanoTime() - startNanos),
                    outcome.name().toLowerCase(java.util.Locale.ROOT), spans);
            return new ToolRun(outcome, answer, messages, trace, problem, error);
        }
    }
}
