package dev.playground.engine.study;

import dev.playground.engine.context.Citations;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.Role;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.suite.AssertionContext;
import dev.playground.engine.suite.AssertionEvaluator;
import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.SuiteAssertion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Judges one answer of the prompt under test against an answer assertion. The text checks (contains, icontains, regex,
 * their not- forms, is-json with an optional JSON Schema) are the evaluation suites' {@link AssertionEvaluator}, one
 * implementation for both; citations and the judge, which need the lab's retrieval and judge model, stay here.
 */
final class AnswerAssertions {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private AnswerAssertions() {}

    static LabFinding evaluate(String label, LabAssertion assertion, RunOutcome outcome, LabWorkbench workbench) {
        String answer = outcome.result() == null ? "" : outcome.result().text();
        LabAssertionType type = LabAssertionType.of(assertion.type()).orElseThrow();
        try {
            return switch (type) {
                case CONTAINS, ICONTAINS, REGEX, NOT_CONTAINS, NOT_ICONTAINS, NOT_REGEX, IS_JSON -> shared(label, assertion, answer);
                case CITES -> cites(label, answer, outcome);
                case LLM_RUBRIC -> judge(label, assertion.valueText(), answer, outcome, workbench);
                default -> new LabFinding(label, false, type.code() + " checks the lab as a whole, not one answer.");
            };
        } catch (Exception e) {
            return new LabFinding(label, false, "could not be checked: " + message(e));
        }
    }

    /** The text checks are the evaluation suites' own assertions: a lab passes exactly when a suite would. */
    private static LabFinding shared(String label, LabAssertion assertion, String answer) throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", assertion.type());
        if (assertion.hasValue()) {
            fields.put("value", assertion.value().isValueNode() ? assertion.valueText()
                    : JSON.convertValue(assertion.value(), Object.class));
        }
        AssertionResult result = AssertionEvaluator.textOnly().evaluate(SuiteAssertion.read(fields, label), AssertionContext.of(answer, null));
        return new LabFinding(label, result.isPassed(), result.reason());
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
