package dev.playground.engine.compare;

import dev.playground.engine.judge.JudgeInput;
import dev.playground.engine.judge.JudgeScale;
import dev.playground.engine.judge.LlmJudge;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Metric;
import dev.playground.engine.metrics.MetricInput;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.runlog.JudgeVerdict;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolServing;
import dev.playground.engine.trace.Trace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs cells of a comparison, all at once: every sample of every cell streams through the gateway
 * concurrently, is scored by the plan's metrics and judges, and is reported to the listener. One
 * variant failing (bad template, unknown model, server error) only marks its own cells. A variant whose prompt has
 * tools (or that an MCP server gives tools) runs the tool loop per sample; its tool calls are served as the runner's
 * {@link ToolServing} says and kept in the sample's trace.
 */
public final class ComparisonRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRunner.class);

    private final ModelGateway gateway;
    private final TemplateRenderer renderer;
    private final LlmJudge judge;
    private final TaskExecutor executor;
    private final CostModel costs;
    private final ContextRetriever retriever;
    private final ToolServing tools;

    public ComparisonRunner(ModelGateway gateway, TemplateRenderer renderer, TaskExecutor executor, CostModel costs, ContextRetriever retriever) {
        this(gateway, renderer, executor, costs, retriever, ToolServing.SAVED);
    }

    /** A runner whose tool calls are served by {@code tools} (answers given for this run, MCP servers, the step limit). */
    public ComparisonRunner(ModelGateway gateway, TemplateRenderer renderer, TaskExecutor executor, CostModel costs, ContextRetriever retriever,
                            ToolServing tools) {
        this.tools = tools == null ? ToolServing.SAVED : tools;
        this.gateway = gateway;
        this.renderer = renderer;
        this.judge = new LlmJudge(gateway, renderer);
        this.executor = executor;
        this.costs = costs;
        this.retriever = retriever;
    }

    public ComparisonRun runAll(Comparison comparison, ComparisonListener listener) {
        return run(comparison, comparison.allCells(), listener);
    }

    /** Starts the given cells (one, a row, a column or all) and returns at once. */
    public ComparisonRun run(Comparison comparison, Collection<CellKey> cells, ComparisonListener listener) {
        ComparisonRun run = new ComparisonRun();
        List<CompletableFuture<CellResult>> futures = new ArrayList<>();
        for (CellKey cell : cells) futures.add(runCell(comparison, cell, listener, run));
        run.setDone(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList()));
        return run;
    }

    private CompletableFuture<CellResult> runCell(Comparison comparison, CellKey cell, ComparisonListener listener, ComparisonRun run) {
        Variant variant = comparison.variant(cell.variantId()).orElseThrow(() -> new IllegalArgumentException("No variant " + cell.variantId()));
        VariableRow row = comparison.row(cell.rowId()).orElseThrow(() -> new IllegalArgumentException("No row " + cell.rowId()));
        List<CompletableFuture<SampleResult>> samples = new ArrayList<>();
        for (int i = 0; i < comparison.samples(); i++) {
            int index = i;
            listener.onSampleStarted(cell, index);
            CompletableFuture<SampleResult> sample = executor.submit(() -> prepare(variant, row))
                    .thenCompose(prepared -> call(prepared, variant, row, comparison.scoring(), cell, index, listener, run))
                    .exceptionally(error -> SampleResult.failed(index, describe(error)))
                    .thenApply(result -> {
                        listener.onSampleFinished(cell, result);
                        return result;
                    });
            samples.add(sample);
        }
        return CompletableFuture.allOf(samples.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            CellResult result = new CellResult(cell, samples.stream().map(CompletableFuture::join).toList());
            listener.onCellFinished(result);
            return result;
        });
    }

    /** Rendered messages plus the retrieved context they were given. */
    private record Prepared(List<RenderedMessage> messages, String context) {}

    private Prepared prepare(Variant variant, VariableRow row) throws Exception {
        Map<String, String> values = new HashMap<>(row.values());
        String context = "";
        if (variant.retrievalOn()) {
            context = retriever.retrieve(variant.retrieval(), row.values());
            values.put("context", context);
        }
        try {
            return new Prepared(renderer.render(variant.template(), values), context);
        } catch (TemplateException e) {
            throw new IllegalArgumentException("The prompt of '" + variant.label() + "' cannot be filled for row '" + row.label() + "': "
                    + e.getMessage(), e);
        }
    }

    private CompletableFuture<SampleResult> call(Prepared prepared, Variant variant, VariableRow row, ScoringPlan scoring, CellKey cell,
                                                 int index, ComparisonListener listener, ComparisonRun run) {
        if (run.isCancelled()) return CompletableFuture.completedFuture(SampleResult.failed(index, "Stopped by you."));
        ToolSet offered = tools.offer(variant.tools());
        if (!offered.isEmpty()) return toolLoop(prepared, variant, row, scoring, cell, index, listener, run, offered);
        CompletionRequest request = new CompletionRequest(variant.connection(), variant.model(), variant.settings(), prepared.messages());
        String runId = java.util.UUID.randomUUID().toString();
        CompletableFuture<SampleResult> partialOnError = new CompletableFuture<>();
        CompletionHandle handle = gateway.stream(request, new CompletionListener() {
            @Override
            public void onToken(String token) {
                listener.onToken(cell, index, token);
            }

            @Override
            public void onComplete(CompletionResult result) {}

            @Override
            public void onError(ProviderException error, CompletionResult partial) {
                partialOnError.complete(new SampleResult(index, partial.text(), partial.finishReason(), partial.usage(),
                        partial.timeToFirstToken(), partial.latency(), costs.costUsd(variant.connection(), variant.model(), partial.usage()),
                        error.getMessage(), List.of(), prepared.context(), runId));
            }
        }, dev.playground.engine.runlog.RunLabel.of(variant.runLogName()).withRunId(runId));
        run.track(handle);
        // The provider calls onError before failing the future, so a failed call keeps its partial text.
        return handle.result().thenCompose(result -> score(new SampleResult(index, result.text(), result.finishReason(), result.usage(),
                        result.timeToFirstToken(), result.latency(), costs.costUsd(variant.connection(), variant.model(), result.usage()), "",
                        List.of(), prepared.context(), runId), row, scoring, prepared))
                .exceptionally(error -> partialOnError.getNow(SampleResult.failed(index, describe(error))));
    }

    /**
     * A sample of a prompt with tools: the tool loop, each model call through the gateway (filed under the variant's
     * prompt), tool calls served as {@link #tools} says; the answer is scored like any other, and feedback goes to the
     * call that answered. A loop that ends without an answer (step limit, a call nobody serves) is a failed sample that
     * keeps its trace.
     */
    private CompletableFuture<SampleResult> toolLoop(Prepared prepared, Variant variant, VariableRow row, ScoringPlan scoring, CellKey cell,
                                                     int index, ComparisonListener listener, ComparisonRun run, ToolSet offered) {
        CompletionRequest request = new CompletionRequest(variant.connection(), variant.model(), variant.settings(), prepared.messages())
                .withTools(offered);
        ToolLoop.Handle loop = new ToolLoop(gateway, costs::costUsd).start(request, tools.options(variant.tools(), RunLabel.of(variant.runLogName())),
                new ToolLoopListener() {
                    @Override
                    public void onToken(String token) {
                        listener.onToken(cell, index, token);
                    }
                });
        run.track(loop::cancel);
        return loop.result().thenCompose(done -> {
            Trace trace = done.trace();
            TokenUsage usage = new TokenUsage(trace.inputTokens(), trace.outputTokens(), true);
            SampleResult sample = new SampleResult(index, done.answer(), done.answered() ? "stop" : done.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    usage, null, trace.duration(), costs.costUsd(variant.connection(), variant.model(), usage), done.answered() ? "" : done.problem(),
                    List.of(), prepared.context(), trace.runIds().isEmpty() ? null : trace.runIds().getLast(), trace);
            return done.answered() ? score(sample, row, scoring, prepared) : CompletableFuture.completedFuture(sample);
        });
    }

    /** The sample with every metric's and judge's score. */
    private CompletableFuture<SampleResult> score(SampleResult sample, VariableRow row, ScoringPlan scoring, Prepared prepared) {
        Double cost = sample.costUsd();
        String runId = sample.runId();
        MetricInput input = new MetricInput(sample.output(), row.expected(), sample.latency(), cost, sample.trace());
        List<Score> scores = new ArrayList<>();
        for (Metric metric : scoring.metrics()) {
            // A row without an expected answer (the usual first look) gets no "differs from the expected answer" verdicts.
            if (metric.needsExpected() && row.expected().isBlank()) continue;
            scores.add(evaluateSafely(metric, input));
        }
        JudgeInput judgeInput = new JudgeInput(question(prepared.messages()), sample.output(), prepared.context(), row.expected());
        List<CompletableFuture<Score>> verdicts = new ArrayList<>();
        for (Rubric rubric : scoring.rubrics()) verdicts.add(judge.judge(rubric, judgeInput, scoring.judge()));
        return CompletableFuture.allOf(verdicts.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            verdicts.forEach(v -> scores.add(v.join()));
            if (runId != null) keepJudgeVerdicts(runId, scoring.rubrics(), verdicts.stream().map(CompletableFuture::join).toList());
            return new SampleResult(sample.index(), sample.output(), sample.finishReason(), sample.usage(), sample.timeToFirstToken(),
                    sample.latency(), cost, "", scores, sample.context(), runId, sample.trace());
        });
    }

    /** Each judge's verdict (a 1–5 grade as 0–1, a pass as 1) joins the call's run-log entry, where the Monitor and the agreement read it. */
    private void keepJudgeVerdicts(String runId, List<Rubric> rubrics, List<Score> verdicts) {
        List<JudgeVerdict> kept = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Score verdict = verdicts.get(i);
            if (verdict.passed() == null) continue;
            double score = rubrics.get(i).scale() == JudgeScale.ONE_TO_FIVE && verdict.value() != null
                    ? Math.max(0, Math.min(1, (verdict.value() - 1) / 4)) : Double.NaN;
            kept.add(new JudgeVerdict(rubrics.get(i).id(), verdict.passed(), score));
        }
        if (kept.isEmpty()) return;
        try {
            gateway.runLog().judged(runId, kept);
        } catch (RuntimeException e) {
            LOG.warn("A judge's verdict could not be kept with its run: {}", e.getMessage());
        }
    }

    private static Score evaluateSafely(Metric metric, MetricInput input) {
        try {
            return metric.evaluate(input);
        } catch (RuntimeException e) {
            LOG.warn("Metric {} failed", metric.name(), e);
            return Score.failed(metric.name(), "This metric failed: " + e.getMessage(), "");
        }
    }

    /** The question a judge sees: the last user message as it was sent. */
    private static String question(List<RenderedMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) return messages.get(i).text();
        }
        return "";
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "The call failed (" + cause.getClass().getSimpleName() + ")." : message;
    }
}
