package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {
    private final TestClock clock = new TestClock("2026-03-01T09:00:00Z");
    private final InMemoryAnswerLog log = new InMemoryAnswerLog();
    private final StudyProgress progress = new StudyProgress(log, clock, java.time.ZoneOffset.UTC);
    private final Question q1 = ExamDrawTest.question("s1-1", 1, "1.1", QuestionType.SINGLE, List.of(0));
    private final Question q2 = ExamDrawTest.question("s2-1", 2, "2.1", QuestionType.SINGLE, List.of(1));

    private void right(Question q) {
        progress.record(q, Set.copyOf(q.answer()), StudyMode.REVIEW);
    }

    private void wrong(Question q) {
        progress.record(q, Set.of(3), StudyMode.PRACTICE);
    }

    @Test
    void a_question_answered_right_the_first_time_never_enters_the_review() {
        right(q1);
        assertThat(progress.dueForReview()).isEmpty();
        assertThat(progress.summary().inReview()).isZero();
    }

    @Test
    void a_missed_question_is_due_at_once_and_comes_back_later_after_each_right_answer() {
        wrong(q1);
        assertThat(progress.dueForReview()).containsExactly("s1-1");

        right(q1); // box 2: back after a day
        assertThat(progress.dueForReview()).isEmpty();
        clock.advance(Duration.ofHours(23));
        assertThat(progress.dueForReview()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(progress.dueForReview()).containsExactly("s1-1");

        right(q1); // box 3: three days
        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(progress.dueForReview()).isEmpty();
        assertThat(progress.summary().nextDue()).contains(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(progress.dueForReview()).containsExactly("s1-1");
    }

    @Test
    void a_wrong_answer_sends_a_question_back_to_the_first_box() {
        wrong(q1);
        right(q1);
        clock.advance(Duration.ofDays(1));
        right(q1);
        clock.advance(Duration.ofDays(3));
        wrong(q1);
        assertThat(ReviewSchedule.of(log.all()).cards().get("s1-1").box()).isEqualTo(1);
        assertThat(progress.dueForReview()).containsExactly("s1-1");
    }

    @Test
    void a_right_answer_in_the_last_box_retires_the_question() {
        wrong(q1);
        for (Duration wait : ReviewSchedule.WAITS) {
            clock.advance(wait);
            assertThat(progress.dueForReview()).containsExactly("s1-1");
            right(q1);
        }
        clock.advance(Duration.ofDays(365));
        assertThat(progress.dueForReview()).isEmpty();
        assertThat(progress.summary().inReview()).isZero();
    }

    @Test
    void the_longest_waiting_question_comes_first() {
        wrong(q2);
        clock.advance(Duration.ofMinutes(5));
        wrong(q1);
        assertThat(progress.dueForReview()).containsExactly("s2-1", "s1-1");
    }

    @Test
    void the_summary_gives_the_score_per_section_overall_and_day_by_day() {
        wrong(q1);
        right(q1);
        right(q2);
        clock.advance(Duration.ofDays(2));
        right(q1);
        List<StudyAnswer> exam = new ArrayList<>();
        exam.add(StudyAnswer.of(q2, Set.of(), StudyMode.EXAM, clock.instant()));
        progress.recordAll(exam);

        StudyProgress.Summary summary = progress.summary();
        assertThat(summary.answered()).isEqualTo(5);
        assertThat(summary.bySection().get(1)).isEqualTo(new ScoreCard.SectionScore(1, 2, 3));
        assertThat(summary.bySection().get(2)).isEqualTo(new ScoreCard.SectionScore(2, 1, 2));
        assertThat(summary.history()).extracting(d -> d.day() + " s" + d.section() + " " + d.correct() + "/" + d.total())
                .containsExactly("2026-03-01 s1 1/2", "2026-03-01 s2 1/1", "2026-03-03 s1 1/1", "2026-03-03 s2 0/1");
        assertThat(summary.due()).isEqualTo(1); // q2, skipped in the exam
    }

    @Test
    void the_answer_records_what_was_chosen_and_when() {
        StudyAnswer answer = progress.record(q1, Set.of(2, 0), StudyMode.PRACTICE);
        assertThat(answer).isEqualTo(new StudyAnswer("s1-1", 1, "1.1", List.of(0, 2), false, StudyMode.PRACTICE,
                Instant.parse("2026-03-01T09:00:00Z")));
    }
}
