package dev.playground.bench;

import dev.playground.engine.metrics.BleuMetric;
import dev.playground.engine.metrics.ContainsMetric;
import dev.playground.engine.metrics.ExactMatchMetric;
import dev.playground.engine.metrics.JsonMetric;
import dev.playground.engine.metrics.Metric;
import dev.playground.engine.metrics.MetricInput;
import dev.playground.engine.metrics.RegexMetric;
import dev.playground.engine.metrics.RougeMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Target (issue 6): every deterministic metric over 1,000 outputs within 1 s. One operation scores
 * 1,000 answers of about 120 words each against a 100-word expected answer with eight metrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetricsBench {
    private static final String[] WORDS = ("the a model answer retrieval context says paris madrid capital of france spain is was "
            + "because therefore however la el de que en y los se del las un por con una su para es al lo como más pero sus le ya o").split(" ");

    private final List<MetricInput> inputs = new ArrayList<>();
    private final List<Metric> metrics = List.of(new RougeMetric(RougeMetric.Variant.ROUGE_1), new RougeMetric(RougeMetric.Variant.ROUGE_2),
            new RougeMetric(RougeMetric.Variant.ROUGE_L), new BleuMetric(), new ExactMatchMetric(), new ContainsMetric("Paris", false),
            new RegexMetric("\\b(paris|madrid)\\b"), JsonMetric.validJson());

    @Setup
    public void setUp() {
        Random random = new Random(42);
        String expected = sentence(random, 100);
        for (int i = 0; i < 1_000; i++) inputs.add(MetricInput.of(sentence(random, 120), expected));
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(i % 15 == 14 ? ". " : " ");
        }
        return text.toString();
    }

    @Benchmark
    public void allMetricsOnThousandOutputs(Blackhole sink) {
        for (MetricInput input : inputs) {
            for (Metric metric : metrics) sink.consume(metric.evaluate(input));
        }
    }
}
