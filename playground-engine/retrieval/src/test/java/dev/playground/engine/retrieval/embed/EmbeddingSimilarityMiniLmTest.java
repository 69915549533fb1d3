package dev.playground.engine.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.metrics.Metric;
import dev.playground.engine.metrics.MetricInput;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.metrics.TextEmbedder;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Embedding similarity with the real in-process all-MiniLM-L6-v2 model. The values are not pinned
 * to digits (the quantised model and ONNX Runtime may shift them slightly); what must hold is what
 * the metric is for: the same text scores 1, a paraphrase scores well above an unrelated answer.
 */
class EmbeddingSimilarityMiniLmTest {
    private static final LazyEmbedder MODEL = new LazyEmbedder(() -> new MiniLmEmbedder(1));
    private static final Metric METRIC = MetricSpecs.parse("embedding", Optional.of(TextEmbedder.from(MODEL)));

    @AfterAll
    static void close() {
        MODEL.close();
    }

    private static double score(String output, String expected) {
        Score score = METRIC.evaluate(MetricInput.of(output, expected));
        assertThat(score.isError()).as(score.error()).isFalse();
        return score.value();
    }

    @Test
    void identicalTextScoresOne() {
        assertThat(score("The capital of France is Paris.", "The capital of France is Paris.")).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void aParaphraseScoresHighAndFarAboveAnUnrelatedAnswer() {
        String expected = "The capital of France is Paris.";
        double paraphrase = score("Paris is France's capital city.", expected);
        double unrelated = score("Photosynthesis turns sunlight, water and carbon dioxide into sugar.", expected);
        assertThat(paraphrase).isGreaterThan(0.8);
        assertThat(unrelated).isLessThan(0.3);
        assertThat(paraphrase - unrelated).isGreaterThan(0.5);
    }

    @Test
    void thresholdFormPassesAParaphraseAndFailsAnUnrelatedAnswer() {
        Metric atLeast = MetricSpecs.parse("embedding:0.7", Optional.of(TextEmbedder.from(MODEL)));
        String expected = "Retrieval adds passages from your documents to the prompt.";
        assertThat(atLeast.evaluate(MetricInput.of("The prompt gets passages taken from your documents.", expected)).passed()).isTrue();
        assertThat(atLeast.evaluate(MetricInput.of("Bake the bread for forty minutes.", expected)).passed()).isFalse();
    }
}
