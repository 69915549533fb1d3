package dev.playground.engine.study;

import dev.playground.engine.context.Citations;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
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

    static LabFinding evaluate(LabWords where, LabAssertion assertion, RunOutcome outcome, LabWorkbench workbench) {
        String answer = outcome.result() == null ? "" : outcome.result().text();
        LabAssertionType type = LabAssertionType.of(assertion.type()).orElseThrow();
        try {
            return switch (type) {
                case CONTAINS, ICONTAINS, REGEX, NOT_CONTAINS, NOT_ICONTAINS, NOT_REGEX, IS_JSON -> shared(where, assertion, answer);
                case CITES -> cites(where, answer, outcome);
                case LLM_RUBRIC -> judge(where, assertion.valueText(), answer, outcome, workbench);
                default -> LabFinding.of(where.say("wholeLab", type.code()), false);
            };
        } catch (Exception e) {
            return LabFinding.of(where.say("notChecked", message(e)), false);
        }
    }

    /** The text checks are the evaluation suites' own assertions: a lab passes exactly when a suite would. */
    private static LabFinding shared(LabWords where, LabAssertion assertion, String answer) throws Exception {
        String label = where.label(StudyLanguage.EN);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", assertion.type());
        if (assertion.hasValue()) {
            fields.put("value", assertion.value().isValueNode() ? assertion.valueText()
                    : JSON.convertValue(assertion.value(), Object.class));
        }
        AssertionResult result = AssertionEvaluator.textOnly().evaluate(SuiteAssertion.read(fields, label), AssertionContext.of(answer, null));
        // The English detail is the suites' own reason, which may say more (where the JSON broke); other languages get
        // the check in their own words.
        String code = LabAssertionType.of(assertion.type()).orElseThrow().code();
        LabWords words = where.say("text." + code + (result.isPassed() ? ".pass" : ".fail"), assertion.hasValue() ? assertion.valueText() : "");
        return new LabFinding(label, result.isPassed(), result.reason(), words);
    }

    private static LabFinding cites(LabWords where, String answer, RunOutcome outcome) {
        int retrieved = outcome.context() == null ? 0 : outcome.context().chunks().size();
        if (retrieved == 0) return LabFinding.of(where.say("cites.nothingRetrieved"), false);
        List<Citations.Citation> valid = Citations.find(answer, retrieved);
        int all = Citations.find(answer, 999).size();
        if (valid.size() < all) {
            return LabFinding.of(where.say("cites.outOfRange", retrieved), false);
        }
        if (valid.isEmpty()) return LabFinding.of(where.say("cites.none"), false);
        return LabFinding.of(where.say("cites.ok", valid.stream().map(c -> "[" + c.number() + "]").distinct().toList(), retrieved), true);
    }

    private static LabFinding judge(LabWords where, String rubric, String answer, RunOutcome outcome, LabWorkbench workbench)
            throws Exception {
        String question = outcome.request().messages().stream().filter(m -> m.role() == Role.USER).map(RenderedMessage::text)
                .reduce((first, last) -> last).orElse("");
        String context = outcome.context() == null ? "" : outcome.context().text();
        Score score = workbench.judge(rubric, question, answer, context);
        if (score.isError()) return LabFinding.of(where.say("judge.noVerdict", score.error()), false);
        String value = score.value() == null ? "" : " (" + score.value().intValue() + ")";
        return LabFinding.of(where.say("judge.verdict", value, score.detail()), Boolean.TRUE.equals(score.passed()));
    }

    static String message(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
