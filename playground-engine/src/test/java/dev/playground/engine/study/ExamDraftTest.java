package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamDraftTest {
    private static final QuestionBank BANK;

    static {
        try {
            BANK = QuestionBank.load();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void a_resumed_exam_has_the_same_questions_answers_flags_and_time_left() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        MockExam exam = new MockExam(ExamDraw.of(BANK).mockExam(6, new Random(3)), MockExam.timeLimitFor(6), start);
        exam.toggle(0, 1);
        exam.toggle(2, 0);
        exam.toggleFlag(2);
        exam.toggleFlag(5);
        ExamDraft kept = exam.draft(2, start.plus(Duration.ofMinutes(4)));
        assertThat(kept.remaining()).isEqualTo(Duration.ofMinutes(8));
        assertThat(kept.answeredCount()).isEqualTo(2);

        // Reopened a day later: the clock goes on from the 8 minutes that were left.
        Instant later = start.plus(Duration.ofDays(1));
        MockExam resumed = MockExam.resume(kept, BANK::question, later);
        assertThat(resumed.questions()).isEqualTo(exam.questions());
        assertThat(resumed.answer(0)).isEqualTo(Set.of(1));
        assertThat(resumed.answer(2)).isEqualTo(Set.of(0));
        assertThat(resumed.flagged()).containsExactlyInAnyOrder(2, 5);
        assertThat(resumed.remaining(later)).isEqualTo(Duration.ofMinutes(8));
        assertThat(resumed.timeLimit()).isEqualTo(MockExam.timeLimitFor(6));
    }

    @Test
    void questions_gone_from_the_bank_leave_with_their_answers_and_flags() {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        List<Question> three = ExamDraw.of(BANK).mockExam(6, new Random(5)).subList(0, 3);
        ExamDraft kept = new ExamDraft(List.of(three.get(0).id(), "gone-1", three.get(2).id()), List.of(Set.of(0), Set.of(1), Set.of()),
                Set.of(1, 2), 0, Duration.ofMinutes(6), Duration.ofMinutes(5), now);
        MockExam resumed = MockExam.resume(kept, id -> id.equals("gone-1") ? Optional.empty() : BANK.question(id), now);
        assertThat(resumed.questions()).containsExactly(three.get(0), three.get(2));
        assertThat(resumed.answer(0)).isEqualTo(Set.of(0));
        assertThat(resumed.flagged()).containsExactly(1);
    }
}
