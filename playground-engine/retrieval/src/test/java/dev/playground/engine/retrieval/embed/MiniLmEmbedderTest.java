package dev.playground.engine.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our single-tokenization encoder must give LangChain4j's vectors for the same model, short texts and long. */
class MiniLmEmbedderTest {
    private static MiniLmEmbedder ours;
    private static AllMiniLmL6V2QuantizedEmbeddingModel reference;

    @BeforeAll
    static void load() {
        ours = new MiniLmEmbedder(2);
        reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @AfterAll
    static void close() {
        ours.close();
    }

    @Test
    void short_texts_match_langchain4j_and_keep_their_order() {
        List<String> texts = List.of("Bees keep the hive warm by shivering their flight muscles.",
                "La fotosíntesis convierte la luz en energía química.", "Unrelated: a train timetable for Tuesday.");
        List<float[]> vectors = ours.embedAll(texts);
        assertThat(vectors).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(maxDifference(vectors.get(i), reference.embed(TextSegment.from(texts.get(i))).content().vector())).isLessThan(1e-5);
            assertThat(length(vectors.get(i))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void long_texts_are_cut_where_langchain4j_cuts_them() {
        String longText = "Honeybees regulate the temperature of their brood nest with remarkable precision. ".repeat(60);
        assertThat(maxDifference(ours.embed(longText), reference.embed(TextSegment.from(longText)).content().vector())).isLessThan(1e-5);
    }

    @Test
    void blank_text_still_gets_a_vector() {
        assertThat(ours.embedAll(List.of("", "  "))).allSatisfy(v -> assertThat(v).hasSize(384));
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
        return max;
    }

    private static double length(float[] v) {
        return Math.sqrt(cosineDot(v, v));
    }

    private static double cosineDot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
