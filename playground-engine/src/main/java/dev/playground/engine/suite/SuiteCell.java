package dev.playground.engine.suite;

import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.util.List;

/**
 * One finished cell of a suite run: row × variant × sample. {@code status} says how it ended; for {@code ERROR}
 * (the model call failed, or the row could not be rendered) {@code error} says why and there are no assertions.
 * {@code latencyMs} is the call's own (of the original call for a cached answer), {@code costUsd} null when unknown.
 * {@code runId} is the id of the call's run-log entry (feedback and judge scores go to it), null when there was no call.
 * {@code trace} is the tool loop's trace when the prompt has tools (its model and tool calls), null otherwise.
 */
public record SuiteCell(int row, int variant, int sample, Status status, String output, double score, List<AssertionResult> assertions,
                        String reason, String error, long latencyMs, Double costUsd, int inputTokens, int outputTokens, boolean cached,
                        String runId, Trace trace) {
    public enum Status { PASS, FAIL, ERROR }

    public SuiteCell {
        output = output == null ? "" : output;
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
        reason = reason == null ? "" : reason;
        error = error == null ? "" : error;
    }

    /** A cell without tools. */
    public SuiteCell(int row, int variant, int sample, Status status, String output, double score, List<AssertionResult> assertions,
                     String reason, String error, long latencyMs, Double costUsd, int inputTokens, int outputTokens, boolean cached,
                     String runId) {
        this(row, variant, sample, status, output, score, assertions, reason, error, latencyMs, costUsd, inputTokens, outputTokens, cached, runId,
                null);
    }

    /** A cell without its run-log id. */
    public SuiteCell(int row, int variant, int sample, Status status, String output, double score, List<AssertionResult> assertions,
                     String reason, String error, long latencyMs, Double costUsd, int inputTokens, int outputTokens, boolean cached) {
        this(row, variant, sample, status, output, score, assertions, reason, error, latencyMs, costUsd, inputTokens, outputTokens, cached, null,
                null);
    }

    /** The same cell, its call filed in the run log under {@code id}. */
    public SuiteCell withRunId(String id) {
        return new SuiteCell(row, variant, sample, status, output, score, assertions, reason, error, latencyMs, costUsd, inputTokens, outputTokens,
                cached, id, trace);
    }

    /** The same cell with the trace of its tool loop. */
    public SuiteCell withTrace(Trace value) {
        return new SuiteCell(row, variant, sample, status, output, score, assertions, reason, error, latencyMs, costUsd, inputTokens, outputTokens,
                cached, runId, value);
    }

    /** The tool calls the model made, in order (empty without tools). */
    public List<Span> toolCalls() {
        return trace == null ? List.of() : trace.toolSpans();
    }

    /** The verdicts of its judged assertions (model-graded), by assertion name; empty when no judge gave one. */
    public List<dev.playground.engine.runlog.JudgeVerdict> judgeVerdicts() {
        // A judge that gave no verdict (its call failed, its answer had none) counts as a failure in the suite, not as a verdict.
        return assertions.stream().filter(a -> a.passed() != null && AssertionTypes.judged(a.code().startsWith("not-") ? a.code().substring(4) : a.code())
                        && a.reason().startsWith(JudgedAssertions.VERDICT))
                .map(a -> new dev.playground.engine.runlog.JudgeVerdict(a.name(), a.passed(), Math.max(0, Math.min(1, a.score())))).toList();
    }

    public boolean passed() {
        return status == Status.PASS;
    }

    /** Row, variant and sample as one key ({@code 3/1/0}). */
    public String key() {
        return row + "/" + variant + "/" + sample;
    }

    /** How many of its assertions were not run (code, webhooks, similarity without a model). */
    public long notRun() {
        return assertions.stream().filter(AssertionResult::notRun).count();
    }

    static SuiteCell error(int row, int variant, int sample, String message, String output) {
        return new SuiteCell(row, variant, sample, Status.ERROR, output, 0, List.of(), "", message, 0, null, 0, 0, false);
    }
}
