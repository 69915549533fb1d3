package dev.playground.engine.suite;

import java.util.List;

/**
 * One finished cell of a suite run: row × variant × sample. {@code status} says how it ended; for {@code ERROR}
 * (the model call failed, or the row could not be rendered) {@code error} says why and there are no assertions.
 * {@code latencyMs} is the call's own (of the original call for a cached answer), {@code costUsd} null when unknown.
 */
public record SuiteCell(int row, int variant, int sample, Status status, String output, double score, List<AssertionResult> assertions,
                        String reason, String error, long latencyMs, Double costUsd, int inputTokens, int outputTokens, boolean cached) {
    public enum Status { PASS, FAIL, ERROR }

    public SuiteCell {
        output = output == null ? "" : output;
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
        reason = reason == null ? "" : reason;
        error = error == null ? "" : error;
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
