package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MockExamTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final List<Question> questions = List.of(
            ExamDrawTest.question("a", 1, "1.1", QuestionType.SINGLE, List.of(0)),
            ExamDrawTest.question("b", 3, "3.1", QuestionType.MULTIPLE, List.of(1, 2)),
            ExamDrawTest.question("c", 3, "3.2", QuestionType.SINGLE, List.of(3)));
    private final MockExam exam = new MockExam(questions, Duration.ofMinutes(6), START);

    @Test
    void the_real_exam_is_45_questions_in_90_minutes_and_a_shorter_one_gets_its_share_of_the_time() {
        assertThat(MockExam.timeLimitFor(ExamDraw.MOCK_EXAM_SIZE)).isEqualTo(Duration.ofMinutes(90));
        assertThat(MockExam.timeLimitFor(6)).isEqualTo(Duration.ofMinutes(12));
        List<Question> drawn = new ExamDraw(ExamDrawTest.SECTIONS, ExamDrawTest.bank()).mockExam(6, new Random(1));
        assertThat(drawn).hasSize(6);
        assertThat(drawn).extracting(Question::section).contains(1, 2, 3, 4, 6);
    }

    @Test
    void a_single_answer_keeps_the_option_picked_last_and_a_multiple_answer_toggles() {
        exam.toggle(0, 1);
        exam.toggle(0, 0);
        assertThat(exam.answer(0)).containsExactly(0);
        exam.toggle(0, 0);
        assertThat(exam.isAnswered(0)).isFalse();

        exam.toggle(1, 1);
        exam.toggle(1, 2);
        exam.toggle(1, 3);
        exam.toggle(1, 3);
        exam.toggle(1, 9); // no such option
        assertThat(exam.answer(1)).containsExactlyInAnyOrder(1, 2);
        assertThat(exam.answeredCount()).isEqualTo(1);
    }

    @Test
    void flags_come_and_go_and_answers_can_change_until_the_end() {
        exam.toggleFlag(2);
        exam.toggle(2, 0);
        exam.toggle(2, 3);
        assertThat(exam.flagged()).containsExactly(2);
        exam.toggleFlag(2);
        assertThat(exam.flagged()).isEmpty();
        assertThat(exam.answer(2)).containsExactly(3);
    }

    @Test
    void the_clock_counts_down_from_the_start_and_stops_at_zero() {
        assertThat(exam.remaining(START)).isEqualTo(Duration.ofMinutes(6));
        assertThat(exam.remaining(START.plusSeconds(61))).isEqualTo(Duration.ofSeconds(299));
        assertThat(exam.isTimeUp(START.plusSeconds(359))).isFalse();
        assertThat(exam.remaining(START.plusSeconds(9999))).isZero();
        assertThat(exam.isTimeUp(START.plusSeconds(360))).isTrue();
    }

    @Test
    void finishing_scores_per_section_lists_the_missed_and_stamps_every_answer() {
        exam.toggle(0, 0); // right
        exam.toggle(1, 1); // half of a multiple answer: wrong
        // c left unanswered: wrong
        ExamResult result = exam.finish(START.plusSeconds(200), ExamDrawTest.SECTIONS);

        assertThat(result.card().bySection().get(1)).isEqualTo(new ScoreCard.SectionScore(1, 1, 1));
        assertThat(result.card().bySection().get(3)).isEqualTo(new ScoreCard.SectionScore(3, 0, 2));
        assertThat(result.missed()).extracting(ExamResult.Missed::index).containsExactly(1, 2);
        assertThat(result.missed().get(0).chosen()).containsExactly(1);
        assertThat(result.answers()).extracting(StudyAnswer::mode).containsOnly(StudyMode.EXAM);
        assertThat(result.answers()).extracting(StudyAnswer::answeredAt).containsOnly(START.plusSeconds(200));
        assertThat(result.used()).isEqualTo(Duration.ofSeconds(200));
        assertThat(result.timedOut()).isFalse();
        assertThat(exam.finish(START.plusSeconds(300), ExamDrawTest.SECTIONS)).isSameAs(result);
        assertThatThrownBy(() -> exam.toggle(2, 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_exam_finished_after_the_time_ran_out_counts_the_limit_as_used() {
        exam.toggle(0, 0);
        ExamResult result = exam.finish(START.plus(Duration.ofHours(2)), ExamDrawTest.SECTIONS);
        assertThat(result.timedOut()).isTrue();
        assertThat(result.used()).isEqualTo(Duration.ofMinutes(6));
        assertThat(result.answers()).extracting(StudyAnswer::answeredAt).containsOnly(START.plus(Duration.ofMinutes(6)));
        assertThat(result.card().correct()).isEqualTo(1);
        assertThat(Set.copyOf(result.answers().stream().map(StudyAnswer::questionId).toList())).containsExactlyInAnyOrder("a", "b", "c");
    }
}
