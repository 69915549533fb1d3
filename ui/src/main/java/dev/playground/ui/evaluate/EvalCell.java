package dev.playground.ui.evaluate;

import dev.playground.engine.trace.Span;
import java.util.List;

/**
 * One finished cell of the Evaluate matrix (row × variant), as the view shows it: pass, fail or error, the weighted
 * score, the output, every assertion's verdict and reason, and how it moved against the baseline (null without one).
 * {@code runId} is the run-log id of the cell's call (a person's thumb and rating go to it), null when unknown.
 * {@code toolCalls} are the tool calls of a prompt with tools (empty otherwise).
 */
public record EvalCell(int row, int variant, Status status, double score, String output, List<Check> checks, String reason, String error,
                       long latencyMs, Change change, String runId, List<Span> toolCalls) {
    public enum Status { PASS, FAIL, ERROR }

    /** Against the baseline run: what changed for this row × variant. */
    public enum Change { NEWLY_FAILING, NEWLY_PASSING, SAME }

    /**
     * One assertion on the cell: {@code passed} null when it was not run (code, webhook); {@code judge} for a model's
     * verdict, whose {@code reason} is the judge's reasoning.
     */
    public record Check(String name, Boolean passed, double score, String reason, boolean judge) {
        public Check {
            reason = reason == null ? "" : reason;
        }
    }

    public EvalCell {
        output = output == null ? "" : output;
        checks = checks == null ? List.of() : List.copyOf(checks);
        reason = reason == null ? "" : reason;
        error = error == null ? "" : error;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A cell without tool calls. */
    public EvalCell(int row, int variant, Status status, double score, String output, List<Check> checks, String reason, String error,
                    long latencyMs, Change change, String runId) {
        this(row, variant, status, score, output, checks, reason, error, latencyMs, change, runId, List.of());
    }

    public EvalCell(int row, int variant, Status status, double score, String output, List<Check> checks, String reason, String error,
                    long latencyMs, Change change) {
        this(row, variant, status, score, output, checks, reason, error, latencyMs, change, null);
    }

    public boolean passed() {
        return status == Status.PASS;
    }

    /** The judge's verdict on this cell: every judge check passed; null when no judge gave one. */
    public Boolean judgeVerdict() {
        List<Check> judged = checks.stream().filter(c -> c.judge() && c.passed() != null).toList();
        if (judged.isEmpty()) return null;
        return judged.stream().allMatch(c -> c.passed());
    }

    public EvalCell withChange(Change value) {
        return new EvalCell(row, variant, status, score, output, checks, reason, error, latencyMs, value, runId, toolCalls);
    }
}
