package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExamDrawTest {
    static final List<Section> SECTIONS = List.of(new Section(1, 14, "One", "Uno"), new Section(2, 14, "Two", "Dos"),
            new Section(3, 30, "Three", "Tres"), new Section(4, 22, "Four", "Cuatro"), new Section(5, 8, "Five", "Cinco"),
            new Section(6, 12, "Six", "Seis"));

    static Question question(String id, int section, String topic, QuestionType type, List<Integer> answer) {
        QuestionText text = new QuestionText("stem " + id, List.of("a", "b", "c", "d"), "why", List.of("na", "nb", "nc", "nd"));
        return new Question(id, section, topic, type, answer, List.of("1-1"), text, text);
    }

    /** 20 questions per section, half on topic N.1 and half on N.2. */
    static List<Question> bank() {
        List<Question> questions = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            for (int i = 0; i < 20; i++) {
                questions.add(question("s" + s + "-" + i, s, s + "." + (i % 2 + 1), QuestionType.SINGLE, List.of(i % 4)));
            }
        }
        return questions;
    }

    @Test
    void quotas_of_45_follow_the_weights_with_largest_remainders() {
        // 6.3, 6.3, 13.5, 9.9, 3.6, 5.4: floors give 42; the three extra go to .9 (4), .6 (5) and .5 (3).
        assertThat(ExamDraw.quotas(SECTIONS, 45)).containsExactly(Map.entry(1, 6), Map.entry(2, 6), Map.entry(3, 14),
                Map.entry(4, 10), Map.entry(5, 4), Map.entry(6, 5));
    }

    @Test
    void quotas_always_add_up_to_the_total() {
        for (int total = 1; total <= 100; total++) {
            assertThat(ExamDraw.quotas(SECTIONS, total).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        }
    }

    @Test
    void ties_in_the_remainder_go_to_the_lower_section() {
        List<Section> two = List.of(new Section(1, 50, "a", "a"), new Section(2, 50, "b", "b"));
        assertThat(ExamDraw.quotas(two, 3)).containsExactly(Map.entry(1, 2), Map.entry(2, 1));
    }

    @Test
    void mock_exam_draws_45_distinct_questions_by_section_weight() {
        List<Question> exam = new ExamDraw(SECTIONS, bank()).mockExam(new Random(7));
        assertThat(exam).hasSize(45).doesNotHaveDuplicates();
        Map<Integer, Long> perSection = exam.stream().collect(Collectors.groupingBy(Question::section, Collectors.counting()));
        assertThat(perSection).containsExactlyInAnyOrderEntriesOf(Map.of(1, 6L, 2, 6L, 3, 14L, 4, 10L, 5, 4L, 6, 5L));
    }

    @Test
    void the_same_seed_draws_the_same_exam_and_another_seed_a_different_one() {
        ExamDraw draw = new ExamDraw(SECTIONS, bank());
        assertThat(draw.mockExam(new Random(1))).isEqualTo(draw.mockExam(new Random(1)));
        assertThat(draw.mockExam(new Random(1))).isNotEqualTo(draw.mockExam(new Random(2)));
    }

    @Test
    void a_section_short_of_questions_is_reported() {
        List<Question> few = bank().stream().filter(q -> q.section() != 3 || q.id().endsWith("-1")).toList();
        assertThatThrownBy(() -> new ExamDraw(SECTIONS, few).mockExam(new Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("section 3 has 1 questions");
    }

    @Test
    void quiz_filters_by_section_and_topic_and_caps_the_count() {
        ExamDraw draw = new ExamDraw(SECTIONS, bank());
        List<Question> quiz = draw.quiz(4, "4.2", 5, new Random(3));
        assertThat(quiz).hasSize(5).doesNotHaveDuplicates().allSatisfy(q -> assertThat(q.topic()).isEqualTo("4.2"));
        assertThat(draw.quiz(2, null, 100, new Random(3))).hasSize(20).allSatisfy(q -> assertThat(q.section()).isEqualTo(2));
        assertThat(draw.quiz(null, null, 8, new Random(3))).hasSize(8);
    }

    @Test
    void quiz_with_no_match_or_no_count_is_bad_input() {
        ExamDraw draw = new ExamDraw(SECTIONS, bank());
        assertThatThrownBy(() -> draw.quiz(1, "3.1", 5, new Random(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no question matches section 1 topic 3.1");
        assertThatThrownBy(() -> draw.quiz(1, null, 0, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_bank_can_draw_a_full_mock_exam() throws StudyContentException {
        assertThat(ExamDraw.of(QuestionBank.load()).mockExam(new Random(42))).hasSize(45).doesNotHaveDuplicates();
    }
}
