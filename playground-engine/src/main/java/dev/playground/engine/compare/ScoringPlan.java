package dev.playground.engine.compare;

import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Metric;
import java.util.List;

/** Which metrics and judges score every output; {@code judge} is null when no rubric is used. */
public record ScoringPlan(List<Metric> metrics, List<Rubric> rubrics, JudgeModel judge) {
    public static final ScoringPlan NONE = new ScoringPlan(List.of(), List.of(), null);

    public ScoringPlan {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        rubrics = rubrics == null ? List.of() : List.copyOf(rubrics);
        if (!rubrics.isEmpty() && judge == null) throw new IllegalArgumentException("Choose a judge model to use judge rubrics.");
    }
}
