package dev.playground.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.metrics.RougeMetric.Prf;
import dev.playground.engine.metrics.RougeMetric.Variant;
import org.junit.jupiter.api.Test;

/**
 * Reference values worked by hand with rouge-score's rules (no stemming): lower-case, anything
 * outside [a-z0-9] splits words, P = overlap / prediction n-grams, R = overlap / target n-grams,
 * F = 2PR / (P + R), ROUGE-L uses the longest common subsequence of tokens.
 */
class RougeMetricTest {
    private static final double EPS = 1e-12;
    private final RougeMetric rouge1 = new RougeMetric(Variant.ROUGE_1);
    private final RougeMetric rouge2 = new RougeMetric(Variant.ROUGE_2);
    private final RougeMetric rougeL = new RougeMetric(Variant.ROUGE_L);

    @Test
    void one_word_swapped() {
        // target: the cat sat on the mat / prediction: the cat is on the mat (6 tokens each)
        // unigrams: the×2, cat, on, mat overlap = 5 -> P = R = F = 5/6
        // bigrams: {the cat, on the, the mat} overlap = 3 of 5 -> 3/5
        // LCS: the cat on the mat = 5 -> 5/6
        String target = "The cat sat on the mat";
        String prediction = "The cat is on the mat";
        assertThat(rouge1.compute(target, prediction).f()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(rouge2.compute(target, prediction).f()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(rougeL.compute(target, prediction).f()).isCloseTo(5.0 / 6, within(EPS));
    }

    @Test
    void short_prediction_has_full_precision_and_low_recall() {
        // target: the quick brown fox jumps over the lazy dog (9) / prediction: the fox jumps (3)
        // ROUGE-1: overlap min(2,1)+1+1 = 3; P = 3/3 = 1, R = 3/9; F = 2·1·(1/3) / (4/3) = 0.5
        // ROUGE-2: prediction bigrams {the fox, fox jumps}; only "fox jumps" is in the target's 8
        //          P = 1/2, R = 1/8, F = 2·(1/16) / (5/8) = 0.2
        // ROUGE-L: LCS "the fox jumps" = 3 -> same as ROUGE-1, 0.5
        String target = "the quick brown fox jumps over the lazy dog";
        String prediction = "the fox jumps";
        Prf one = rouge1.compute(target, prediction);
        assertThat(one.p()).isCloseTo(1.0, within(EPS));
        assertThat(one.r()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(one.f()).isCloseTo(0.5, within(EPS));
        assertThat(rouge2.compute(target, prediction).f()).isCloseTo(0.2, within(EPS));
        assertThat(rougeL.compute(target, prediction).f()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void repeated_words_are_clipped() {
        // target "the the the" (the×3), prediction the×6: overlap min(3,6) = 3
        // P = 3/6, R = 3/3, F = 2·0.5·1 / 1.5 = 2/3; LCS = 3 gives the same
        String target = "the the the";
        String prediction = "the the the the the the";
        assertThat(rouge1.compute(target, prediction).f()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(rougeL.compute(target, prediction).f()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void spanish_accents_split_words_as_rouge_score_does() {
        // rouge-score keeps only [a-z0-9]: "La canción está en el álbum" -> la canci n est en el lbum (7)
        // "la cancion esta en el album" -> la cancion esta en el album (6)
        // overlap {la, en, el} = 3: P = 3/6, R = 3/7, F = 2·(1/2)(3/7) / (1/2 + 3/7) = (3/7)/(13/14) = 6/13
        assertThat(RougeTokenizer.tokenize("La canción está en el álbum")).containsExactly("la", "canci", "n", "est", "en", "el", "lbum");
        assertThat(rouge1.compute("La canción está en el álbum", "la cancion esta en el album").f()).isCloseTo(6.0 / 13, within(EPS));
    }

    @Test
    void case_and_punctuation_do_not_matter() {
        for (RougeMetric metric : new RougeMetric[] {rouge1, rouge2, rougeL}) {
            assertThat(metric.compute("Hello, world!", "hello WORLD").f()).as(metric.name()).isCloseTo(1.0, within(EPS));
        }
    }

    @Test
    void empty_or_punctuation_only_prediction_scores_zero() {
        for (RougeMetric metric : new RougeMetric[] {rouge1, rouge2, rougeL}) {
            assertThat(metric.compute("some answer", "").f()).as(metric.name()).isZero();
            assertThat(metric.compute("some answer", "?!…").f()).as(metric.name()).isZero();
        }
        // rouge-score gives 0 even when both sides are empty (no tokens, no overlap).
        assertThat(rougeL.compute("", "").f()).isZero();
    }

    @Test
    void rouge_l_uses_order_not_just_overlap() {
        // Same bag of words, reversed order: ROUGE-1 is 1, the LCS of a b c d vs d c b a is 1 token -> 1/4
        assertThat(rouge1.compute("a b c d", "d c b a").f()).isCloseTo(1.0, within(EPS));
        assertThat(rougeL.compute("a b c d", "d c b a").f()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void evaluate_reports_a_clear_error_without_an_expected_answer() {
        Score score = rougeL.evaluate(MetricInput.of("anything", ""));
        assertThat(score.isError()).isTrue();
        assertThat(score.error()).contains("expected answer");
        assertThat(rougeL.evaluate(MetricInput.of("The cat is on the mat", "The cat sat on the mat")).value()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(rougeL.name()).isEqualTo("rouge-l");
    }
}
