package dev.playground.engine.compare;

import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.judge.Rubric;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A comparison as saved and exported: its set-up (variants, rows, samples, metric specs, rubrics,
 * judge), every result so far and people's feedback. Metric specs are the text forms that
 * {@link dev.playground.engine.metrics.MetricSpecs} reads, so a reopened comparison can run again.
 */
public record ComparisonRecord(String title, Instant createdAt, List<Variant> variants, List<VariableRow> rows, int samples,
                               List<String> metricSpecs, List<Rubric> rubrics, JudgeModel judge, List<CellResult> cells,
                               List<CellFeedback> feedback) {
    public ComparisonRecord {
        title = title == null || title.isBlank() ? "Comparison" : title;
        createdAt = createdAt == null ? Instant.now() : createdAt;
        variants = List.copyOf(variants);
        rows = List.copyOf(rows);
        metricSpecs = metricSpecs == null ? List.of() : List.copyOf(metricSpecs);
        rubrics = rubrics == null ? List.of() : List.copyOf(rubrics);
        cells = cells == null ? List.of() : List.copyOf(cells);
        feedback = feedback == null ? List.of() : feedback.stream().filter(f -> !f.isEmpty()).toList();
    }

    public Optional<CellResult> cell(CellKey key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<CellFeedback> feedback(CellKey key) {
        return feedback.stream().filter(f -> f.cell().equals(key)).findFirst();
    }

    /** Every score name that appears in the results, in first-seen order. */
    public List<String> scoreNames() {
        return cells.stream().flatMap(c -> c.samples().stream()).flatMap(s -> s.scores().stream()).map(s -> s.name()).distinct().toList();
    }
}
