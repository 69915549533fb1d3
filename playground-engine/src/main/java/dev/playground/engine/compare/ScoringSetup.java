package dev.playground.engine.compare;

import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Metric;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.model.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a comparison's {@link ScoringPlan} the same way for the Compare view and {@code playground
 * compare}: metrics from their specs ("rouge-l", "contains:TEXT", "embedding:0.8"...), judges from
 * rubric ids (with the user's edited judge prompts), and which connection and model judge.
 * Bad specs throw {@link IllegalArgumentException} with a message that says what to write instead.
 */
public final class ScoringSetup {
    private final Supplier<Optional<TextEmbedder>> embedder;

    /** {@code embedder} scores embedding similarity; asked only when such a metric is chosen. */
    public ScoringSetup(Supplier<Optional<TextEmbedder>> embedder) {
        this.embedder = embedder;
    }

    public List<Metric> metrics(List<String> specs) {
        List<Metric> metrics = new ArrayList<>();
        for (String spec : specs) {
            if (spec == null || spec.isBlank()) continue;
            // Only an embedding metric may load the embedding model.
            String head = spec.strip().toLowerCase(java.util.Locale.ROOT).split(":", 2)[0];
            boolean embedding = head.equals("embedding") || head.startsWith("similar");
            metrics.add(MetricSpecs.parse(spec.strip(), embedding ? embedder.get() : Optional.empty()));
        }
        return metrics;
    }

    /** "correctness", or "guideline:Answer in Spanish" (a rubric id, then its guideline after a colon). */
    public static Rubric rubric(String spec) {
        int colon = spec.indexOf(':');
        Rubric rubric = BuiltInRubrics.get((colon < 0 ? spec : spec.substring(0, colon)).strip());
        return colon < 0 ? rubric : rubric.withGuideline(spec.substring(colon + 1).strip());
    }

    /**
     * Who judges: the chosen judge connection, else the first variant's; the chosen model, else the judge
     * connection's default, else the first variant's model.
     */
    public static JudgeModel judge(Connection judgeConnection, String judgeModel, Connection firstConnection, String firstModel) {
        Connection connection = judgeConnection != null ? judgeConnection : firstConnection != null ? firstConnection : Connection.dryRun();
        String model = judgeModel != null && !judgeModel.isBlank() ? judgeModel.strip()
                : judgeConnection != null && !judgeConnection.defaultModel().isEmpty() ? judgeConnection.defaultModel()
                : firstModel != null && !firstModel.isBlank() ? firstModel : connection.defaultModel();
        return new JudgeModel(connection, model);
    }

    /** The plan; {@code judge} is used only when there are rubrics. */
    public ScoringPlan plan(List<String> metricSpecs, List<Rubric> rubrics, JudgeModel judge) {
        return new ScoringPlan(metrics(metricSpecs), rubrics, rubrics.isEmpty() ? null : judge);
    }
}
