package dev.playground.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values worked by hand with sacreBLEU's sentence_bleu rules: 13a tokens, case kept,
 * clipped n-gram precisions p1..p4 (in %), BP = exp(1 - ref/hyp) when the hypothesis is shorter,
 * BLEU = BP · exp(mean log p) over the effective order, and 'exp' smoothing: the k-th order with
 * no match counts as 100 / (2^k · total).
 */
class BleuMetricTest {
    private static final double EPS = 1e-9;
    private final BleuMetric bleu = new BleuMetric();

    private double score(String hypothesis, String reference) {
        return bleu.sentenceBleu(hypothesis, List.of(reference)).score();
    }

    @Test
    void identical_sentences_score_100() {
        assertThat(score("The cat sat on the mat.", "The cat sat on the mat.")).isCloseTo(100.0, within(EPS));
        assertThat(bleu.evaluate(MetricInput.of("The cat sat on the mat.", "The cat sat on the mat.")).value()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void one_word_different() {
        // hyp: The cat sat on the mat .   ref: The cat is on the mat .   (7 tokens each, BP = 1)
        // p1 = 6/7 (all but "sat"), p2 = 4/6 (The cat, on the, the mat, mat .),
        // p3 = 2/5 (on the mat, the mat .), p4 = 1/4 (on the mat .)
        // BLEU = 100 · (6/7 · 4/6 · 2/5 · 1/4)^(1/4) = 100 · (2/35)^(1/4) ≈ 48.892
        assertThat(score("The cat sat on the mat.", "The cat is on the mat.")).isCloseTo(100 * Math.pow(2.0 / 35, 0.25), within(EPS));
        assertThat(score("The cat sat on the mat.", "The cat is on the mat.")).isCloseTo(48.8923, within(1e-4));
    }

    @Test
    void short_hypothesis_uses_effective_order_and_brevity_penalty() {
        // hyp: the cat (2) / ref: the cat sat on the mat (6). p1 = 2/2, p2 = 1/1, no 3-grams -> order 2
        // BP = exp(1 - 6/2) = e^-2 -> BLEU = 100 · e^-2 ≈ 13.534
        assertThat(score("the cat", "the cat sat on the mat")).isCloseTo(100 * Math.exp(-2), within(EPS));
    }

    @Test
    void exp_smoothing_for_orders_without_matches() {
        // hyp: a cat sat here / ref: the cat sat there (4 each, BP = 1)
        // p1 = 2/4 = 50, p2 = 1/3 (cat sat) = 33.33, p3 = 0/2 -> 100/(2·2) = 25, p4 = 0/1 -> 100/(4·1) = 25
        // BLEU = (50 · 100/3 · 25 · 25)^(1/4) ≈ 31.947
        assertThat(score("a cat sat here", "the cat sat there")).isCloseTo(Math.pow(50 * (100.0 / 3) * 25 * 25, 0.25), within(EPS));
    }

    @Test
    void spanish_question_marks_follow_13a() {
        // 13a splits "?" but not "¿" (outside its ASCII symbol classes):
        // hyp: ¿Dónde está la biblioteca ?   ref: ¿Dónde queda la biblioteca ?
        // p1 = 4/5 = 80, p2 = 2/4 = 50 (la biblioteca, biblioteca ?), p3 = 1/3 (la biblioteca ?),
        // p4 = 0/2 -> 100/(2·2) = 25. BLEU = (80 · 50 · 100/3 · 25)^(1/4) ≈ 42.729
        assertThat(Tokenizer13a.tokenize("¿Dónde está la biblioteca?")).containsExactly("¿Dónde", "está", "la", "biblioteca", "?");
        assertThat(score("¿Dónde está la biblioteca?", "¿Dónde queda la biblioteca?"))
                .isCloseTo(Math.pow(80 * 50 * (100.0 / 3) * 25, 0.25), within(EPS));
    }

    @Test
    void no_match_or_empty_hypothesis_scores_zero() {
        assertThat(score("xyz", "the cat")).isZero();
        assertThat(score("", "the cat")).isZero();
        assertThat(bleu.evaluate(MetricInput.of("x", "")).isError()).isTrue();
    }

    @Test
    void case_matters_by_default() {
        // "The" and "the" differ: hyp: THE CAT / ref: the cat -> no unigram matches -> 0
        assertThat(score("THE CAT", "the cat")).isZero();
    }

    @Test
    void tokenizer_13a_keeps_numbers_and_splits_symbols() {
        assertThat(Tokenizer13a.tokenize("Hello, world! It costs $3.50 (approx.)"))
                .containsExactly("Hello", ",", "world", "!", "It", "costs", "$", "3.50", "(", "approx", ".", ")");
        assertThat(Tokenizer13a.tokenize("pages 10-12 &amp; more")).containsExactly("pages", "10", "-", "12", "&", "more");
    }

    @Test
    void several_references_clip_to_the_best_count_and_closest_length() {
        // hyp: the cat (2). refs: "a cat" (2) and "the dog" (2): p1 = 2/2 (the from ref 2, cat from ref 1),
        // p2 = 0/1 -> smoothed 100/(2·1) = 50. Effective order 2, BP = 1: BLEU = sqrt(100 · 50) ≈ 70.711
        assertThat(bleu.sentenceBleu("the cat", List.of("a cat", "the dog")).score()).isCloseTo(Math.sqrt(100 * 50), within(EPS));
    }
}
