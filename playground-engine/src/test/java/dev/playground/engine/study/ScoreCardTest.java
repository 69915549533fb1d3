package dev.playground.engine.study;

import static dev.playground.engine.study.ExamDrawTest.SECTIONS;
import static dev.playground.engine.study.ExamDrawTest.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreCardTest {
    private final Question single = question("s1-001", 1, "1.1", QuestionType.SINGLE, List.of(2));
    private final Question multiple = question("s3-001", 3, "3.1", QuestionType.MULTIPLE, List.of(0, 3));

    @Test
    void a_multiple_answer_question_is_right_only_with_exactly_its_set() {
        assertThat(ScoreCard.isCorrect(multiple, Set.of(0, 3))).isTrue();
        assertThat(ScoreCard.isCorrect(multiple, Set.of(3, 0))).isTrue();
        assertThat(ScoreCard.isCorrect(multiple, Set.of(0))).isFalse();
        assertThat(ScoreCard.isCorrect(multiple, Set.of(0, 1, 3))).isFalse();
        assertThat(ScoreCard.isCorrect(multiple, Set.of())).isFalse();
        assertThat(ScoreCard.isCorrect(single, Set.of(2))).isTrue();
        assertThat(ScoreCard.isCorrect(single, null)).isFalse();
    }

    @Test
    void tallies_correct_and_total_per_section() {
        ScoreCard card = new ScoreCard(SECTIONS);
        assertThat(card.record(single, Set.of(2))).isTrue();
        assertThat(card.record(single, Set.of(1))).isFalse();
        assertThat(card.record(multiple, Set.of(0, 3))).isTrue();
        assertThat(card.bySection()).containsOnlyKeys(1, 3);
        assertThat(card.bySection().get(1)).isEqualTo(new ScoreCard.SectionScore(1, 1, 2));
        assertThat(card.bySection().get(3)).isEqualTo(new ScoreCard.SectionScore(3, 1, 1));
        assertThat(card.correct()).isEqualTo(2);
        assertThat(card.total()).isEqualTo(3);
    }

    @Test
    void readiness_weights_each_answered_section_by_its_exam_weight() {
        ScoreCard card = new ScoreCard(SECTIONS);
        card.record(single, Set.of(1));   // section 1 (14): 0 of 1
        card.record(multiple, Set.of(0, 3)); // section 3 (30): 1 of 1
        assertThat(card.weightedScore()).isCloseTo(30.0 / 44, within(1e-9));
        assertThat(card.likelyReady()).isFalse();
        card.record(single, Set.of(2));   // section 1: 1 of 2 → (14*0.5 + 30) / 44 ≈ 0.84
        assertThat(card.weightedScore()).isCloseTo(37.0 / 44, within(1e-9));
        assertThat(card.likelyReady()).isTrue();
    }

    @Test
    void nothing_answered_is_not_ready() {
        ScoreCard card = new ScoreCard(SECTIONS);
        assertThat(card.weightedScore()).isZero();
        assertThat(card.likelyReady()).isFalse();
    }
}
