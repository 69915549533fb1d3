package dev.playground.engine.suite;

/**
 * How one assertion judged one cell. {@code score} is 0–1 (a judge's 1–5 scaled), {@code passed} null when the
 * assertion was not run ({@code notRun}: code or webhook assertions, similarity without an embedding model), and then
 * it counts neither as passed nor in the row's score. {@code reason} says why in plain words.
 */
public record AssertionResult(String name, String code, Boolean passed, double score, double weight, String reason, boolean notRun) {
    public AssertionResult {
        reason = reason == null ? "" : reason;
    }

    static AssertionResult of(SuiteAssertion assertion, boolean passed, double score, String reason) {
        boolean pass = passed != assertion.negated();
        double value = assertion.negated() ? 1 - score : score;
        String why = assertion.negated() ? (pass ? "not so, as required: " : "so, and it must not be: ") + reason : reason;
        return new AssertionResult(assertion.reportName(), assertion.code(), pass, value, assertion.weight(), why, false);
    }

    static AssertionResult notRun(SuiteAssertion assertion, String reason) {
        return new AssertionResult(assertion.reportName(), assertion.code(), null, 0, assertion.weight(), reason, true);
    }

    /** An assertion that could not give a verdict (a judge that failed, a schema that is not JSON): a failure. */
    static AssertionResult error(SuiteAssertion assertion, String reason) {
        return new AssertionResult(assertion.reportName(), assertion.code(), false, 0, assertion.weight(), reason, false);
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
