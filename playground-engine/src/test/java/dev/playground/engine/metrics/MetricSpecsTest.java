package dev.playground.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricSpecsTest {
    @Test
    void parses_every_documented_form() {
        assertThat(MetricSpecs.parse("rouge-l", Optional.empty()).name()).isEqualTo("rouge-l");
        assertThat(MetricSpecs.parse("ROUGE-1", Optional.empty()).name()).isEqualTo("rouge-1");
        assertThat(MetricSpecs.parse("bleu", Optional.empty())).isInstanceOf(BleuMetric.class);
        assertThat(MetricSpecs.parse("contains:a:b", Optional.empty()).name()).isEqualTo("contains:a:b");
        assertThat(MetricSpecs.parse("regex:^\\d+$", Optional.empty()).evaluate(MetricInput.of("42", "")).passed()).isTrue();
        assertThat(MetricSpecs.parse("json", Optional.empty()).name()).isEqualTo("json");
        assertThat(MetricSpecs.parse("json-schema:{\"type\":\"array\"}", Optional.empty()).evaluate(MetricInput.of("[]", "")).passed()).isTrue();
        assertThat(MetricSpecs.parse("latency-ms<=2000", Optional.empty()).name()).isEqualTo("latency-ms<=2000");
        assertThat(MetricSpecs.parse("words>=3", Optional.empty()).evaluate(MetricInput.of("uno dos", "")).passed()).isFalse();
        assertThat(MetricSpecs.parse("similarity:0.8", Optional.of(t -> new float[] {1, 0})).name()).isEqualTo("similarity>=0.8");
    }

    @Test
    void unknown_or_incomplete_specs_say_what_is_accepted() {
        assertThatThrownBy(() -> MetricSpecs.parse("rouge-3", Optional.empty())).hasMessageContaining("Unknown metric 'rouge-3'").hasMessageContaining("rouge-l");
        assertThatThrownBy(() -> MetricSpecs.parse("chars<=many", Optional.empty())).hasMessageContaining("'many' is not a number");
        assertThatThrownBy(() -> MetricSpecs.parse("similarity", Optional.empty())).hasMessageContaining("embedding model");
    }
}
