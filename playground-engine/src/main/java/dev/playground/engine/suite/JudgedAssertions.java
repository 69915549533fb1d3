package dev.playground.engine.suite;

import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.JudgeInput;
import dev.playground.engine.judge.JudgeScale;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Score;
import java.util.List;

/**
 * Assertions a judge model decides, on the app's rubrics: promptfoo's {@code llm-rubric} (the value is the rule),
 * {@code factuality} and {@code model-graded-closedqa} (correctness against the value), {@code answer-relevance},
 * {@code context-faithfulness}, {@code moderation}, and MLflow's scorers by name, which read the row's expectations:
 * Correctness (expected facts or response), RelevanceToQuery, RetrievalGroundedness (the retrieved context),
 * RetrievalRelevance, Safety and Guidelines (the value, else the row's guidelines). A 1–5 judge scores (s − 1) / 4;
 * with a threshold the assertion passes when that score reaches it, else when the judge says pass (4 or more).
 */
final class JudgedAssertions {
    /** How the reason of a verdict the judge did give begins ("judge (4/5): …"); a judge error begins otherwise. */
    static final String VERDICT = "judge";

    private static final String RETRIEVAL_RELEVANCE = """
            Rubric: retrieval relevance. Decide whether the retrieved CONTEXT holds what is needed to answer the QUESTION:
            pass when the passages are about the question and useful for answering it, fail when they are off-topic or miss it.

            QUESTION:
            {{ question }}

            CONTEXT:
            {{ context }}

            ANSWER (for reference only):
            {{ answer }}

            {{ output_format }}
            """;

    private final SuiteJudge judge;

    JudgedAssertions(SuiteJudge judge) {
        this.judge = judge;
    }

    AssertionResult evaluate(SuiteAssertion a, AssertionContext cell, String value) throws InterruptedException {
        String rubricId = AssertionTypes.JUDGED.get(a.type());
        Rubric rubric;
        String expected = "";
        switch (rubricId) {
            case "guideline" -> {
                List<String> rules = value.isBlank() ? cell.row().guidelines() : a.valueList();
                if (rules.isEmpty() || rules.stream().allMatch(String::isBlank)) {
                    return AssertionResult.error(a, a.type() + " needs a rule: give it as the value, or as guidelines in the row");
                }
                String guideline = rules.size() == 1 ? AssertionEvaluator.expanded(rules.getFirst(), cell)
                        : "- " + String.join("\n- ", rules.stream().map(r -> AssertionEvaluator.expanded(r, cell)).toList());
                rubric = BuiltInRubrics.get("guideline").withGuideline(guideline);
            }
            case "correctness" -> {
                expected = value.isBlank() ? cell.expected() : value;
                if (expected.isBlank()) {
                    return AssertionResult.error(a, a.type() + " needs the expected answer: a value, or expected_facts or expected_response in the row");
                }
                rubric = BuiltInRubrics.get("correctness");
            }
            case "retrieval-relevance" -> rubric = new Rubric("retrieval-relevance", JudgeScale.PASS_FAIL, RETRIEVAL_RELEVANCE, "");
            default -> rubric = BuiltInRubrics.get(rubricId);
        }
        Score score = judge.judge(rubric, new JudgeInput(cell.question(), cell.output(), cell.context(), expected));
        if (score.isError()) return AssertionResult.error(a, "the judge gave no verdict: " + score.error());
        double scaled = rubric.scale() == JudgeScale.ONE_TO_FIVE && score.value() != null ? (score.value() - 1) / 4.0
                : Boolean.TRUE.equals(score.passed()) ? 1 : 0;
        boolean passed = a.threshold() != null ? scaled >= a.threshold() - 1e-9 : Boolean.TRUE.equals(score.passed());
        String grade = rubric.scale() == JudgeScale.ONE_TO_FIVE && score.value() != null ? " (" + score.value().intValue() + "/5)" : "";
        return AssertionResult.of(a, passed, scaled, VERDICT + grade + ": " + score.detail());
    }
}
