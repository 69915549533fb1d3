package dev.playground.engine.suite;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.judge.LlmJudge;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.run.PromptRun;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.task.InFlightCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tool.ToolServing;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Trace;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a {@link SuitePlan}, the same way for {@code playground eval} and the Evaluate view: each row × variant ×
 * sample goes through the prompt-run service (so retrieval, the gateway's cache, limits and the run log apply), at
 * most {@code concurrency} at once, and its answer is held to the suite's and the row's assertions. Each finished cell
 * is kept in the {@link SuiteRunRepository} before it is reported (the store groups cells finishing together into one
 * durable commit); {@code resume} starts from an unfinished run of the same plan.
 * The run registers in the in-flight registry, so Ctrl+C stops it like any call.
 *
 * <pre>
 * SuiteRun run = runner.start(plan, listener, false);
 * run.cancel();                              // the window's Stop
 * SuiteReport report = run.report().get();   // or whenComplete(...)
 * </pre>
 */
public final class SuiteRunner {
    /** The price of one call in US dollars, null when unknown. */
    @FunctionalInterface
    public interface CellCost {
        Double usd(CompletionRequest request, CompletionResult result);
    }

    private final PromptRunService runs;
    private final LlmJudge judge;
    private final Supplier<Optional<TextEmbedder>> embedder;
    private final CellCost cost;
    private final InFlightCalls inFlight;
    private final SuiteRunRepository repository;
    private final ToolServing serving;

    public SuiteRunner(PromptRunService runs, LlmJudge judge, Supplier<Optional<TextEmbedder>> embedder, CellCost cost, InFlightCalls inFlight,
                       SuiteRunRepository repository) {
        this(runs, judge, embedder, cost, inFlight, repository, ToolServing.SAVED);
    }

    /** A runner whose tool calls are served by {@code serving} (eval's --mock-tool, --mcp, --max-steps). */
    public SuiteRunner(PromptRunService runs, LlmJudge judge, Supplier<Optional<TextEmbedder>> embedder, CellCost cost, InFlightCalls inFlight,
                       SuiteRunRepository repository, ToolServing serving) {
        this.serving = serving == null ? ToolServing.SAVED : serving;
        this.runs = runs;
        this.judge = judge;
        this.embedder = embedder;
        this.cost = cost;
        this.inFlight = inFlight;
        this.repository = repository;
    }

    /** Starts the run on a thread of its own; see {@link SuiteRun}. */
    public SuiteRun start(SuitePlan plan, SuiteListener listener, boolean resume) {
        SuiteRun run = new SuiteRun();
        Thread.ofVirtual().name("suite-" + plan.suiteName()).start(() -> {
            SuiteReport report;
            // The registration ends once every finished cell is kept; only then does the report complete.
            try (InFlightCalls.Registration ignored = inFlight.register("the suite run " + plan.suiteName(), reason -> run.cancel())) {
                report = execute(plan, listener, resume, run);
            } catch (Throwable e) {
                run.report().completeExceptionally(e);
                return;
            }
            run.report().complete(report);
        });
        return run;
    }

    private SuiteReport execute(SuitePlan plan, SuiteListener listener, boolean resume, SuiteRun run) throws InterruptedException {
        long started = System.nanoTime();
        String fingerprint = plan.fingerprint();
        Map<String, SuiteCell> done = new LinkedHashMap<>();
        long runId;
        Optional<SuiteRunRepository.Unfinished> earlier = resume ? repository.unfinished(fingerprint) : Optional.empty();
        if (earlier.isPresent()) {
            runId = earlier.get().runId();
            earlier.get().cells().forEach(c -> done.put(c.key(), c));
        } else {
            runId = repository.begin(plan.suiteName(), fingerprint, plan.cellCount());
        }
        int total = plan.cellCount();
        listener.onStart(plan, total, done.size());
        AtomicInteger finished = new AtomicInteger(done.size());
        List<SuiteCell> cells = java.util.Collections.synchronizedList(new ArrayList<>(done.values()));
        Semaphore slots = new Semaphore(plan.concurrency());
        List<Thread> workers = new ArrayList<>();
        Map<Integer, AssertionEvaluator> evaluators = new HashMap<>();
        for (int row = 0; row < plan.rows().size() && !run.isCancelled(); row++) {
            for (SuiteVariant variant : plan.variants()) {
                for (int sample = 0; sample < plan.repeat(); sample++) {
                    if (done.containsKey(row + "/" + variant.index() + "/" + sample)) continue;
                    slots.acquire();
                    if (run.isCancelled()) {
                        slots.release();
                        break;
                    }
                    int r = row;
                    int s = sample;
                    AssertionEvaluator evaluator = evaluators.computeIfAbsent(variant.index(), v -> evaluator(plan, variant));
                    workers.add(Thread.ofVirtual().start(() -> {
                        SuiteCell cell;
                        try {
                            cell = cell(plan, r, variant, s, evaluator, run);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } finally {
                            // The slot bounds calls to the model; keeping the cell need not hold the next call back.
                            slots.release();
                        }
                        if (cell == null) return;
                        // A cell counts as finished once it is kept: cells finishing together share one commit.
                        try {
                            repository.saveCell(runId, cell);
                        } catch (RuntimeException e) {
                            // The answer still counts in this report; only --resume would call it again.
                            org.slf4j.LoggerFactory.getLogger(SuiteRunner.class).warn("A finished suite row could not be kept: {}", e.getMessage());
                        }
                        cells.add(cell);
                        listener.onCell(cell, finished.incrementAndGet(), total);
                    }));
                }
            }
        }
        for (Thread worker : workers) worker.join();
        SuiteReport report = new SuiteReport(plan, List.copyOf(cells), run.isCancelled(), Duration.ofNanos(System.nanoTime() - started));
        if (!run.isCancelled()) repository.finish(runId, report.passRate(), report.passes(null));
        return report;
    }

    private AssertionEvaluator evaluator(SuitePlan plan, SuiteVariant variant) {
        JudgeModel model = plan.judge() != null ? plan.judge() : new JudgeModel(variant.connection(), variant.model());
        SuiteJudge suiteJudge = judge == null ? SuiteJudge.NONE : (rubric, input) -> {
            try {
                return judge.judge(rubric, input, model).get();
            } catch (ExecutionException e) {
                return dev.playground.engine.metrics.Score.failed(rubric.scoreName(), String.valueOf(e.getCause().getMessage()), "");
            }
        };
        return new AssertionEvaluator(embedder, suiteJudge);
    }

    private void keepJudgeVerdicts(String runId, List<dev.playground.engine.runlog.JudgeVerdict> verdicts) {
        try {
            runs.runLog().judged(runId, verdicts);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SuiteRunner.class).warn("A judge's score could not be kept with its run: {}", e.getMessage());
        }
    }

    /** One cell: the call, then the assertions. Null when the run was stopped before or during the call. */
    private SuiteCell cell(SuitePlan plan, int row, SuiteVariant variant, int sample, AssertionEvaluator evaluator, SuiteRun run)
            throws InterruptedException {
        DatasetRow data = plan.rows().get(row);
        Map<String, String> vars = new LinkedHashMap<>(plan.defaultVars());
        data.inputs().forEach((k, v) -> vars.put(k, v == null ? "" : v instanceof String text ? text : SuiteJson.write(v)));
        vars.putAll(variant.document().variables().entrySet().stream().filter(e -> !vars.containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        PromptRunRequest request = new PromptRunRequest(variant.document().template(), vars, variant.document().retrieval(),
                variant.connection(), variant.model(), variant.settings(), variant.logName(), sample).withLabel(variant.runLabel());
        if (run.isCancelled()) return null;
        if (serving.used(variant.document().tools())) return toolCell(plan, row, variant, sample, evaluator, request, data, vars);
        String runId = java.util.UUID.randomUUID().toString();
        request = request.withLabel(request.label().withRunId(runId));
        PromptRun call = runs.start(request, RunListener.NONE);
        run.track(call);
        RunOutcome outcome;
        try {
            outcome = call.outcome().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof dev.playground.engine.prompt.TemplateException t ? t.describe() : String.valueOf(cause.getMessage());
            return SuiteCell.error(row, variant.index(), sample, "the prompt could not be sent: " + why, "");
        } finally {
            run.untrack(call);
        }
        if (outcome.cancelled() || run.isCancelled()) return null;
        CompletionResult result = outcome.result();
        if (outcome.failed()) {
            return SuiteCell.error(row, variant.index(), sample, outcome.error().getMessage(), result == null ? "" : result.text()).withRunId(runId);
        }
        Duration latency = result.cached() && result.originalLatency() != null ? result.originalLatency() : result.latency();
        Double usd = cost.usd(outcome.request(), result);
        String question = outcome.request().messages().stream().filter(m -> m.role() == Role.USER).map(RenderedMessage::text)
                .reduce((first, last) -> last).orElse("");
        String context = outcome.context() == null ? "" : outcome.context().text();
        AssertionContext on = new AssertionContext(result.text(), data, vars, question, context, latency, usd, result.finishReason());
        List<AssertionResult> results = new ArrayList<>();
        for (SuiteAssertion assertion : plan.asserts()) results.add(evaluator.evaluate(assertion, on));
        for (SuiteAssertion assertion : plan.rowAsserts().get(row)) results.add(evaluator.evaluate(assertion, on));
        RowVerdict verdict = RowVerdict.of(results, data.threshold() != null ? data.threshold() : plan.threshold());
        SuiteCell cell = new SuiteCell(row, variant.index(), sample, verdict.passed() ? SuiteCell.Status.PASS : SuiteCell.Status.FAIL, result.text(),
                verdict.score(), results, verdict.reason(), "", latency == null ? 0 : latency.toMillis(), usd,
                result.usage() == null ? 0 : result.usage().inputTokens(), result.usage() == null ? 0 : result.usage().outputTokens(), result.cached(),
                runId);
        // The judges' verdicts join the call's run-log entry: the Monitor reads their score, the agreement with people each verdict.
        List<dev.playground.engine.runlog.JudgeVerdict> verdicts = cell.judgeVerdicts();
        if (!verdicts.isEmpty()) keepJudgeVerdicts(runId, verdicts);
        return cell;
    }

    /**
     * A cell of a prompt with tools: the tool loop, tools answered from the answers saved with them, the assertions
     * seeing the trace (tool-called, tool-args, tool-steps). A loop that ends without an answer is judged on what it did.
     */
    private SuiteCell toolCell(SuitePlan plan, int row, SuiteVariant variant, int sample, AssertionEvaluator evaluator,
                               PromptRunRequest request, DatasetRow data, Map<String, String> vars) throws InterruptedException {
        ToolSet tools = variant.document().tools();
        ToolRun loop;
        try {
            CompletionRequest prepared = runs.prepare(request, RunListener.NONE).withTools(tools);
            loop = new ToolLoop(runs.gateway(), PriceTable::defaults).run(prepared.withTools(serving.offer(tools)),
                    serving.options(tools, variant.runLabel()), null);
        } catch (dev.playground.engine.prompt.TemplateException e) {
            return SuiteCell.error(row, variant.index(), sample, "the prompt could not be sent: " + e.describe(), "");
        } catch (RuntimeException e) {
            return SuiteCell.error(row, variant.index(), sample, "the prompt could not be sent: " + e.getMessage(), "");
        }
        if (loop.outcome() == ToolRun.Outcome.FAILED || loop.outcome() == ToolRun.Outcome.CANCELLED) {
            return SuiteCell.error(row, variant.index(), sample, loop.problem(), "").withTrace(loop.trace());
        }
        Trace trace = loop.trace();
        String question = loop.conversation().stream().filter(m -> m.role() == Role.USER && m.toolResults().isEmpty())
                .map(RenderedMessage::text).reduce((first, last) -> last).orElse("");
        AssertionContext on = new AssertionContext(loop.answer(), data, vars, question, "", trace.duration(), trace.costUsd(), loop.outcome()
                .name().toLowerCase(java.util.Locale.ROOT)).withTrace(trace);
        List<AssertionResult> results = new ArrayList<>();
        for (SuiteAssertion assertion : plan.asserts()) results.add(evaluator.evaluate(assertion, on));
        for (SuiteAssertion assertion : plan.rowAsserts().get(row)) results.add(evaluator.evaluate(assertion, on));
        RowVerdict verdict = RowVerdict.of(results, data.threshold() != null ? data.threshold() : plan.threshold());
        String reason = loop.answered() ? verdict.reason() : loop.problem() + " " + verdict.reason();
        return new SuiteCell(row, variant.index(), sample, verdict.passed() ? SuiteCell.Status.PASS : SuiteCell.Status.FAIL, loop.answer(),
                verdict.score(), results, reason.strip(), "", trace.duration().toMillis(), trace.costUsd(), trace.inputTokens(), trace.outputTokens(),
                false, trace.runIds().isEmpty() ? null : trace.runIds().getLast(), trace);
    }
}
