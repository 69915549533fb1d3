package dev.playground.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.metrics.Score;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssertionEvaluatorTest {
    private final AssertionEvaluator text = AssertionEvaluator.textOnly();
    private final DatasetRow row = DatasetRow.of(Map.of("city", "Paris")).withExpectedResponse("The capital of France is Paris.");

    private AssertionResult check(String output, Map<String, Object> assertion) throws Exception {
        return text.evaluate(SuiteAssertion.read(assertion, "test"), new AssertionContext(output, row, Map.of("city", "Paris"), "Capital?", "",
                Duration.ofMillis(120), 0.002, "stop"));
    }

    private static Map<String, Object> a(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    @Test
    void text_checks_use_promptfoos_names_and_negation() throws Exception {
        assertThat(check("Paris!", a("type", "contains", "value", "{{city}}")).isPassed()).isTrue();
        assertThat(check("paris", a("type", "icontains", "value", "PARIS")).isPassed()).isTrue();
        assertThat(check("paris", a("type", "not-icontains", "value", "PARIS")).isPassed()).isFalse();
        assertThat(check("Lyon and Nice", a("type", "contains-any", "value", List.of("Paris", "Nice"))).isPassed()).isTrue();
        assertThat(check("Lyon and Nice", a("type", "contains-all", "value", List.of("Paris", "Nice"))).isPassed()).isFalse();
        assertThat(check("Paris", a("type", "equals", "value", "Paris")).isPassed()).isTrue();
        assertThat(check("{\"a\": 1}", a("type", "equals", "value", Map.of("a", 1))).isPassed()).isTrue();
        assertThat(check("Answer: Paris", a("type", "starts-with", "value", "Answer:")).isPassed()).isTrue();
        assertThat(check("code 42", a("type", "regex", "value", "\\d+")).reason()).contains("42");
        assertThat(check("not json", a("type", "is-json")).isPassed()).isFalse();
        assertThat(check("Here: {\"name\": \"x\"} done", a("type", "contains-json", "value",
                Map.of("type", "object", "required", List.of("name")))).isPassed()).isTrue();
        assertThat(check("{\"age\": 3}", a("type", "is-json", "value", Map.of("type", "object", "required", List.of("name")))).isPassed()).isFalse();
        assertThat(check("The capital of France is Paris.", a("type", "rouge-n")).isPassed()).isTrue();
        assertThat(check("The capital of France is Paris.", a("type", "bleu")).score()).isGreaterThan(0.9);
        assertThat(check("Pariss", a("type", "levenshtein", "value", "Paris", "threshold", 1)).isPassed()).isTrue();
        assertThat(check("x", a("type", "latency", "threshold", 100)).isPassed()).isFalse();
        assertThat(check("x", a("type", "cost", "threshold", 0.01)).isPassed()).isTrue();
        assertThat(check("x", a("type", "finish-reason", "value", "stop")).isPassed()).isTrue();
    }

    @Test
    void code_assertions_and_similarity_without_a_model_are_not_run_and_not_passed() throws Exception {
        AssertionResult js = check("x", a("type", "javascript", "value", "output.length > 0"));
        assertThat(js.notRun()).isTrue();
        assertThat(js.passed()).isNull();
        assertThat(check("x", a("type", "similar", "value", "y", "threshold", 0.8)).notRun()).isTrue();
        RowVerdict verdict = RowVerdict.of(List.of(js), null);
        assertThat(verdict.passed()).isFalse();
    }

    @Test
    void similarity_uses_the_embedding_model_when_there_is_one() throws Exception {
        AssertionEvaluator withModel = new AssertionEvaluator(() -> Optional.of(t -> t.contains("Paris") ? new float[] {1, 0} : new float[] {0, 1}),
                SuiteJudge.NONE);
        AssertionResult result = withModel.evaluate(SuiteAssertion.read(a("type", "similar", "value", "Paris is the capital"), "t"),
                AssertionContext.of("Paris", row));
        assertThat(result.isPassed()).isTrue();
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void an_unknown_type_is_refused_with_what_to_write() {
        assertThatThrownBy(() -> SuiteAssertion.read(a("type", "contians", "value", "x"), "suite.yaml, assertion 1"))
                .isInstanceOf(UnknownAssertionType.class).hasMessageContaining("suite.yaml, assertion 1 has type 'contians'")
                .hasMessageContaining("contains, icontains");
    }

    @Test
    void a_row_score_is_the_weighted_mean_and_a_threshold_decides() throws Exception {
        List<AssertionResult> results = new ArrayList<>();
        results.add(check("Paris", a("type", "contains", "value", "Paris", "weight", 3)));
        results.add(check("Paris", a("type", "contains", "value", "Lyon")));
        RowVerdict strict = RowVerdict.of(results, null);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.score()).isEqualTo(0.75);
        assertThat(RowVerdict.of(results, 0.7).passed()).isTrue();
        assertThat(RowVerdict.of(results, 0.8).passed()).isFalse();
        AssertionResult set = check("Paris", a("type", "assert-set", "threshold", 0.5, "assert",
                List.of(a("type", "contains", "value", "Paris"), a("type", "contains", "value", "Lyon"))));
        assertThat(set.isPassed()).isTrue();
    }

    @Test
    void mlflow_scorers_go_to_the_judges_with_the_rows_expectations() throws Exception {
        List<String> asked = new ArrayList<>();
        SuiteJudge judge = (rubric, input) -> {
            asked.add(rubric.id() + "|" + input.expected() + "|" + rubric.guideline());
            return rubric.id().equals("correctness") ? Score.ofValueAndPass("judge:correctness", 5, true, "all facts")
                    : Score.ofPass(rubric.scoreName(), false, "not in Spanish");
        };
        AssertionEvaluator judged = new AssertionEvaluator(Optional::empty, judge);
        DatasetRow facts = DatasetRow.of(Map.of()).withExpectedFacts(List.of("Paris is the capital")).withGuidelines(List.of("Answer in Spanish"));
        AssertionResult correctness = judged.evaluate(SuiteAssertion.read(a("type", "Correctness"), "t"), AssertionContext.of("Paris", facts));
        AssertionResult guidelines = judged.evaluate(SuiteAssertion.read(a("type", "guidelines"), "t"), AssertionContext.of("Paris", facts));
        assertThat(correctness.isPassed()).isTrue();
        assertThat(correctness.score()).isEqualTo(1.0);
        assertThat(guidelines.isPassed()).isFalse();
        assertThat(asked).containsExactly("correctness|- Paris is the capital|", "guideline||Answer in Spanish");
        AssertionResult noJudge = text.evaluate(SuiteAssertion.read(a("type", "llm-rubric", "value", "is polite"), "t"), AssertionContext.of("x", row));
        assertThat(noJudge.isPassed()).isFalse();
        assertThat(noJudge.reason()).contains("No judge model");
    }
}
