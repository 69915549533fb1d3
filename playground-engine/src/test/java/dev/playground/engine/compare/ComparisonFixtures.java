package dev.playground.engine.compare;

import dev.playground.engine.compare.CellFeedback.Thumb;
import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.prompt.PromptTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small finished comparison with awkward text, for store and export tests. */
public final class ComparisonFixtures {
    private ComparisonFixtures() {}

    public static ComparisonRecord twoByTwo() {
        Connection local = Connection.openAiCompatible("local", "Local", "http://127.0.0.1:1/v1", "LOCAL_KEY", "m");
        PromptTemplate prompt = PromptTemplate.systemAndUser("Answer briefly.", "What is the capital of {{ country }}?");
        List<Variant> variants = List.of(
                new Variant("a", "Small, cold", prompt, "capitals@2", local, "small", ModelSettings.of(0.0, 100), null),
                new Variant("b", "Large <hot>", prompt, "draft", local, "large", ModelSettings.of(1.0, 100), null));
        List<VariableRow> rows = List.of(new VariableRow("r1", "France", Map.of("country", "France"), "Paris"),
                new VariableRow("r2", "España", Map.of("country", "España"), "Madrid"));
        List<CellResult> cells = List.of(
                cell("a", "r1", "Paris", List.of(Score.ofPass("exact", true, "identical"), Score.ofValueAndPass("judge:correctness", 5, true, "Right."))),
                cell("b", "r1", "=cmd|' /C calc'!A0, \"Paris\"\nline two", List.of(Score.ofPass("exact", false, "differs"),
                        Score.ofValueAndPass("judge:correctness", 2, false, "Odd."))),
                cell("a", "r2", "Madrid", List.of(Score.ofPass("exact", true, "identical"),
                        Score.failed("judge:correctness", "The judge did not answer with a JSON object.", "no sé"))),
                new CellResult(new CellKey("b", "r2"), List.of(new SampleResult(0, "Mad", "incomplete", new TokenUsage(10, 1, false), null,
                        Duration.ofMillis(90), null, "The stream ended early.", List.of(), ""))));
        List<CellFeedback> feedback = List.of(new CellFeedback(new CellKey("a", "r1"), Thumb.UP, 5, "perfecto"),
                new CellFeedback(new CellKey("b", "r1"), Thumb.DOWN, 1, "<script>alert(1)</script>"),
                new CellFeedback(new CellKey("a", "r2"), Thumb.NONE, 4, ""));
        return new ComparisonRecord("Capitals, café ☕", Instant.parse("2026-11-22T10:15:30Z"), variants, rows, 1, List.of("exact"),
                List.of(BuiltInRubrics.get("correctness")), null, cells, feedback);
    }

    private static CellResult cell(String variant, String row, String output, List<Score> scores) {
        return new CellResult(new CellKey(variant, row), List.of(new SampleResult(0, output, "stop", new TokenUsage(12, 3, true),
                Duration.ofMillis(40), Duration.ofMillis(250), 0.000042, "", scores, "")));
    }
}
