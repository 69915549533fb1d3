package dev.playground.engine.study;

import dev.playground.engine.context.Citations;
import dev.playground.engine.metrics.JsonMetric;
import dev.playground.engine.metrics.MetricInput;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.Role;
import dev.playground.engine.run.RunOutcome;
import java.util.List;
import java.util.Optional;

/**
 * Judges one answer of the prompt under test against an answer assertion. The text checks reuse the app's metrics
 * ({@code contains:}, {@code regex:}, JSON and JSON Schema), so a lab passes exactly when the same metric would pass
 * in a comparison or an evaluation suite.
 */
final class AnswerAssertions {
    private AnswerAssertions() {}

    static LabFinding evaluate(String label, LabAssertion assertion, RunOutcome outcome, LabWorkbench workbench) {
        String answer = outcome.result() == null ? "" : outcome.result().text();
        LabAssertionType type = LabAssertionType.of(assertion.type()).orElseThrow();
        try {
            return switch (type) {
                case CONTAINS, ICONTAINS, REGEX -> metric(label, type.code() + ":" + assertion.valueText(), answer, false);
                case NOT_CONTAINS, NOT_ICONTAINS, NOT_REGEX ->
                        metric(label, type.code().substring(4) + ":" + assertion.valueText(), answer, true);
                case IS_JSON -> fromScore(label, (assertion.hasValue() ? JsonMetric.matchingSchema(assertion.valueText())
                        : JsonMetric.validJson()).evaluate(MetricInput.of(answer, "")), false);
                case CITES -> cites(label, answer, outcome);
                case LLM_RUBRIC -> judge(label, assertion.valueText(), answer, outcome, workbench);
                default -> new LabFinding(label, false, type.code() + " checks the lab as a whole, not one answer.");
            };
        } catch (Exception e) {
            return new LabFinding(label, false, "could not be checked: " + message(e));
        }
    }

    private static LabFinding metric(String label, String spec, String answer, boolean negate) {
        return fromScore(label, MetricSpecs.parse(spec, Optional.empty()).evaluate(MetricInput.of(answer, "")), negate);
    }

    private static LabFinding fromScore(String label, Score score, boolean negate) {
        if (score.isError()) return new LabFinding(label, false, score.error());
        boolean passed = Boolean.TRUE.equals(score.passed()) != negate;
        String detail = negate ? (passed ? "not found, as required" : "found, and the answer must not contain it (" + score.detail() + ")")
                : score.detail();
        return new LabFinding(label, passed, detail);
    }

    private static LabFinding cites(String label, String answer, RunOutcome outcome) {
        int retrieved = outcome.context() == null ? 0 : outcome.context().chunks().size();
        if (retrieved == 0) return new LabFinding(label, false, "nothing was retrieved, so there is nothing to cite: turn retrieval on");
        List<Citations.Citation> valid = Citations.find(answer, retrieved);
        int all = Citations.find(answer, 999).size();
        if (valid.size() < all) {
            return new LabFinding(label, false, "the answer cites a passage number that was not retrieved (only 1 to " + retrieved + " were)");
        }
        if (valid.isEmpty()) return new LabFinding(label, false, "the answer cites no passage; ask for [n] after each claim");
        return new LabFinding(label, true, "cites " + valid.stream().map(c -> "[" + c.number() + "]").distinct().toList()
                + " of " + retrieved + " retrieved passages");
    }

    private static LabFinding judge(String label, String rubric, String answer, RunOutcome outcome, LabWorkbench workbench)
            throws Exception {
        String question = outcome.request().messages().stream().filter(m -> m.role() == Role.USER).map(RenderedMessage::text)
                .reduce((first, last) -> last).orElse("");
        String context = outcome.context() == null ? "" : outcome.context().text();
        Score score = workbench.judge(rubric, question, answer, context);
        if (score.isError()) return new LabFinding(label, false, "the judge gave no verdict: " + score.error());
        String value = score.value() == null ? "" : " (" + score.value().intValue() + ")";
        return new LabFinding(label, Boolean.TRUE.equals(score.passed()), "judge" + value + ": " + score.detail());
    }

    static String message(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
