package dev.playground.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.metrics.ThresholdMetric.Measure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimpleMetricsTest {
    @Test
    void exact_match_ignores_only_surrounding_whitespace() {
        ExactMatchMetric exact = new ExactMatchMetric();
        assertThat(exact.evaluate(MetricInput.of(" París\n", "París")).passed()).isTrue();
        assertThat(exact.evaluate(MetricInput.of("paris", "París")).passed()).isFalse();
        assertThat(exact.evaluate(MetricInput.of("", "")).passed()).isTrue();
    }

    @Test
    void contains_is_case_sensitive_unless_asked() {
        assertThat(new ContainsMetric("Madrid", false).evaluate(MetricInput.of("La capital es Madrid.", "")).passed()).isTrue();
        assertThat(new ContainsMetric("madrid", false).evaluate(MetricInput.of("La capital es Madrid.", "")).passed()).isFalse();
        assertThat(new ContainsMetric("MADRID", true).evaluate(MetricInput.of("La capital es Madrid.", "")).passed()).isTrue();
        assertThatThrownBy(() -> new ContainsMetric("", false)).hasMessageContaining("contains:Paris");
    }

    @Test
    void regex_finds_anywhere_and_reports_the_match() {
        RegexMetric metric = new RegexMetric("\\b\\d{4}-\\d{2}-\\d{2}\\b");
        Score score = metric.evaluate(MetricInput.of("Fecha: 2024-05-01, ok", ""));
        assertThat(score.passed()).isTrue();
        assertThat(score.detail()).contains("2024-05-01");
        assertThat(metric.evaluate(MetricInput.of("no date", "")).passed()).isFalse();
        assertThatThrownBy(() -> new RegexMetric("([a-z")).hasMessageContaining("not a valid regular expression");
    }

    @Test
    void length_latency_and_cost_thresholds() {
        // "¿Qué tal?" is 9 code points and 2 words
        MetricInput input = new MetricInput("¿Qué tal?", "", Duration.ofMillis(1500), 0.0042);
        assertThat(new ThresholdMetric(Measure.CHARS, null, 9.0).evaluate(input).passed()).isTrue();
        assertThat(new ThresholdMetric(Measure.CHARS, null, 8.0).evaluate(input).passed()).isFalse();
        assertThat(new ThresholdMetric(Measure.WORDS, 2.0, 2.0).evaluate(input).value()).isEqualTo(2.0);
        Score latency = ThresholdMetric.atMost(Measure.LATENCY_MS, 1000).evaluate(input);
        assertThat(latency.value()).isEqualTo(1500.0);
        assertThat(latency.passed()).isFalse();
        assertThat(ThresholdMetric.atMost(Measure.COST_USD, 0.01).evaluate(input).passed()).isTrue();
        assertThat(ThresholdMetric.atMost(Measure.COST_USD, 0.01).evaluate(MetricInput.of("x", "")).isError()).isTrue();
        assertThat(ThresholdMetric.atMost(Measure.LATENCY_MS, 1000).name()).isEqualTo("latency-ms<=1000");
    }

    @Test
    void embedding_similarity_is_the_cosine_of_the_two_vectors() {
        // A stand-in embedder: counts of the letters a, b, c. "aab" -> (2,1,0), "abc" -> (1,1,1)
        // cosine = (2+1+0) / (sqrt(5)·sqrt(3)) = 3/sqrt(15) ≈ 0.7746
        TextEmbedder letters = text -> new float[] {
                (float) text.chars().filter(c -> c == 'a').count(),
                (float) text.chars().filter(c -> c == 'b').count(),
                (float) text.chars().filter(c -> c == 'c').count()};
        EmbeddingSimilarityMetric metric = new EmbeddingSimilarityMetric(letters, 0.8);
        Score score = metric.evaluate(MetricInput.of("aab", "abc"));
        assertThat(score.value()).isCloseTo(3 / Math.sqrt(15), within(1e-6));
        assertThat(score.passed()).isFalse();
        assertThat(metric.evaluate(MetricInput.of("abc", "cba")).passed()).isTrue();
        assertThat(metric.evaluate(MetricInput.of("abc", "")).isError()).isTrue();
        Score broken = new EmbeddingSimilarityMetric(t -> { throw new IllegalStateException("model not loaded"); }, null)
                .evaluate(MetricInput.of("a", "b"));
        assertThat(broken.error()).contains("model not loaded");
    }
}
