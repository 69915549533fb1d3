package dev.playground.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.study.Question;
import dev.playground.engine.study.StudyLanguage;
import dev.playground.engine.study.StudyMode;
import dev.playground.ui.common.UiThread;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The study window's view models with the synchronous executor, a hand-moved clock and a hand-ticked ticker. */
class StudyViewModelTest {
    private final StudyFakes.MemoryLog log = new StudyFakes.MemoryLog();
    private final StudyFakes.HandClock clock = new StudyFakes.HandClock();
    private final StudyFakes.HandTicker ticker = new StudyFakes.HandTicker();
    private final StudyFakes.OpenedLabs opened = new StudyFakes.OpenedLabs();
    private StudyViewModel study;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        study = new StudyViewModel(StudyFakes.setup(log, clock, ticker, opened), Locale.ENGLISH);
        study.load();
        assertThat(study.loadedProperty().get()).isTrue();
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
    }

    private static Question question(String id) {
        return StudyFakes.BANK.question(id).orElseThrow();
    }

    private static int wrongOption(ShownQuestion q) {
        return IntStream.range(0, q.options().size()).filter(i -> !q.isRight(i)).findFirst().orElseThrow();
    }

    @Test
    void practice_judges_at_once_and_says_why_each_option_is_right_or_wrong() {
        PracticeViewModel practice = study.practice();
        practice.start(5, null, 10);
        ShownQuestion q = practice.current();
        assertThat(q.section()).isEqualTo(5);
        int wrong = wrongOption(q);

        practice.pick(wrong);
        practice.enter();

        assertThat(practice.isChecked()).isTrue();
        assertThat(practice.isCorrect()).isFalse();
        List<PracticeViewModel.OptionFeedback> feedback = practice.feedback();
        assertThat(feedback).hasSize(q.options().size());
        assertThat(feedback.get(wrong).picked()).isTrue();
        assertThat(feedback.get(wrong).right()).isFalse();
        assertThat(feedback).allSatisfy(f -> assertThat(f.note()).isNotBlank());
        assertThat(feedback.stream().filter(PracticeViewModel.OptionFeedback::right).map(PracticeViewModel.OptionFeedback::option))
                .containsExactlyInAnyOrderElementsOf(q.answer());
        assertThat(log.all()).singleElement().satisfies(a -> {
            assertThat(a.questionId()).isEqualTo(q.id());
            assertThat(a.correct()).isFalse();
            assertThat(a.mode()).isEqualTo(StudyMode.PRACTICE);
        });

        practice.pick(q.answer().getFirst()); // ignored once checked
        assertThat(practice.chosen()).containsExactly(wrong);
        practice.enter();
        assertThat(practice.position()).isEqualTo(2);
        assertThat(practice.isChecked()).isFalse();
    }

    @Test
    void multiple_answer_questions_need_exactly_the_right_set() {
        Question multiple = StudyFakes.BANK.questions().stream().filter(q -> q.answer().size() > 1).findFirst().orElseThrow();
        PracticeViewModel practice = study.practice();
        practice.start(null, multiple.topic(), 40);
        while (!practice.current().id().equals(multiple.id())) {
            practice.pick(0);
            practice.enter();
            practice.enter();
        }
        int answeredBefore = practice.answered();
        int rightBefore = practice.right();
        practice.pick(multiple.answer().get(0));
        practice.enter();
        assertThat(practice.isCorrect()).as("one of two right options is not the answer").isFalse();
        practice.enter();
        assertThat(practice.answered()).isEqualTo(answeredBefore + 1);
        assertThat(practice.right()).isEqualTo(rightBefore);
    }

    @Test
    void a_missed_question_comes_back_as_a_weak_spot() {
        PracticeViewModel practice = study.practice();
        practice.start(2, null, 10);
        ShownQuestion missed = practice.current();
        practice.pick(wrongOption(missed));
        practice.enter();
        assertThat(study.progress().summaryProperty().get().due()).isEqualTo(1);
        assertThat(study.progress().dueQuestions(10)).extracting(ShownQuestion::id).containsExactly(missed.id());

        study.reviewWeakSpots();

        assertThat(study.pageProperty().get()).isEqualTo(StudyViewModel.Page.PRACTICE);
        assertThat(practice.isReview()).isTrue();
        assertThat(practice.size()).isEqualTo(1);
        assertThat(practice.current().id()).isEqualTo(missed.id());
        practice.pick(missed.answer().getFirst());
        if (missed.multiple()) missed.answer().stream().skip(1).forEach(practice::pick);
        practice.enter();
        assertThat(practice.isCorrect()).isTrue();
        assertThat(log.all().getLast().mode()).isEqualTo(StudyMode.REVIEW);
        assertThat(study.progress().summaryProperty().get().due()).as("a right answer moves it up a box").isZero();
    }

    @Test
    void exam_answers_change_and_flags_stick_with_no_feedback_until_the_end() {
        MockExamViewModel exam = study.exam();
        exam.sizeProperty().set(6);
        exam.start();
        assertThat(exam.timeLimit()).isEqualTo(Duration.ofMinutes(12));
        assertThat(exam.remainingProperty().get()).isEqualTo(Duration.ofMinutes(12));
        assertThat(ticker.running()).isTrue();

        exam.pick(0);
        exam.pick(1);
        ShownQuestion first = exam.current();
        assertThat(exam.chosen()).isEqualTo(first.multiple() ? Set.of(0, 1) : Set.of(1));
        exam.toggleFlag();
        exam.next();
        exam.previous();
        assertThat(exam.isFlagged()).isTrue();
        assertThat(exam.chosen()).isEqualTo(first.multiple() ? Set.of(0, 1) : Set.of(1));
        assertThat(exam.slots().getFirst()).isEqualTo(new MockExamViewModel.Slot(0, true, true, true));
        exam.toggleFlag();
        assertThat(exam.isFlagged()).isFalse();
        assertThat(log.all()).as("nothing is kept or judged before the end").isEmpty();

        exam.go(5);
        exam.next();
        assertThat(exam.index()).as("Enter on the last question stays there").isEqualTo(5);
    }

    @Test
    void the_exam_is_handed_in_when_the_clock_runs_out() {
        MockExamViewModel exam = study.exam();
        exam.sizeProperty().set(6);
        exam.start();
        exam.pick(0);
        clock.advance(Duration.ofMinutes(5).plusMillis(300));
        ticker.tick();
        assertThat(exam.remainingProperty().get()).isEqualTo(Duration.ofMinutes(7));
        assertThat(exam.isRunning()).isTrue();

        clock.advance(Duration.ofMinutes(7));
        ticker.tick();

        assertThat(exam.isFinished()).isTrue();
        assertThat(ticker.running()).isFalse();
        assertThat(exam.report().timedOut()).isTrue();
        assertThat(exam.report().total()).isEqualTo(6);
        assertThat(exam.savedProperty().get()).isTrue();
        assertThat(log.all()).hasSize(6).allSatisfy(a -> assertThat(a.mode()).isEqualTo(StudyMode.EXAM));
        exam.pick(1); // the answers are closed
        assertThat(log.all()).hasSize(6);
    }

    @Test
    void switching_the_language_mid_exam_keeps_every_answer_flag_and_the_clock() {
        MockExamViewModel exam = study.exam();
        exam.sizeProperty().set(6);
        exam.start();
        exam.pick(2);
        exam.toggleFlag();
        exam.next();
        exam.pick(0);
        clock.advance(Duration.ofMinutes(3));
        ticker.tick();
        Question second = question(exam.current().id());
        List<MockExamViewModel.Slot> before = exam.slots();

        study.setLocale(Locale.forLanguageTag("es"));

        assertThat(study.languageProperty().get()).isEqualTo(StudyLanguage.ES);
        assertThat(exam.current().stem()).isEqualTo(second.es().stem());
        assertThat(exam.slots()).isEqualTo(before);
        assertThat(exam.chosen()).containsExactly(0);
        assertThat(exam.remainingProperty().get()).isEqualTo(Duration.ofMinutes(9));
        assertThat(exam.isRunning()).isTrue();
        exam.previous();
        assertThat(exam.isFlagged()).isTrue();
        assertThat(exam.chosen()).containsExactly(2);
    }

    @Test
    void results_give_the_score_per_section_the_missed_questions_and_readiness() {
        MockExamViewModel exam = study.exam();
        exam.sizeProperty().set(15);
        exam.start();
        int right = 0;
        for (int i = 0; i < exam.questionCount(); i++) {
            exam.go(i);
            ShownQuestion q = exam.current();
            if (i % 3 == 0) {
                exam.pick(wrongOption(q));
            } else {
                q.answer().forEach(exam::pick);
                right++;
            }
        }
        clock.advance(Duration.ofMinutes(10));
        exam.finish();

        MockExamViewModel.Report report = exam.report();
        assertThat(report.timedOut()).isFalse();
        assertThat(report.used()).isEqualTo(Duration.ofMinutes(10));
        assertThat(report.correct()).isEqualTo(right);
        assertThat(report.total()).isEqualTo(15);
        assertThat(report.sections()).extracting(MockExamViewModel.SectionRow::section).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(report.sections().stream().mapToInt(MockExamViewModel.SectionRow::total).sum()).isEqualTo(15);
        assertThat(report.sections().stream().mapToInt(MockExamViewModel.SectionRow::correct).sum()).isEqualTo(right);
        assertThat(report.sections().getFirst().name()).isEqualTo(StudyFakes.BANK.section(1).orElseThrow().en());
        assertThat(report.missed()).hasSize(15 - right).allSatisfy(m -> assertThat(m.question().explanation()).isNotBlank());
        assertThat(report.readiness()).isBetween(0.0, 1.0);
        assertThat(log.all()).hasSize(15);
        assertThat(study.progress().summaryProperty().get().answered()).isEqualTo(15);
    }

    @Test
    void lessons_read_in_the_current_language_and_open_their_labs() {
        LessonsViewModel lessons = study.lessons();
        lessons.sectionProperty().set(2);
        assertThat(lessons.lesson()).startsWith("# ");
        assertThat(lessons.labs()).isNotEmpty().allSatisfy(lab -> assertThat(lab.section()).isEqualTo(2));
        assertThat(lessons.term("rag")).hasValueSatisfying(e -> assertThat(e.definition()).isNotBlank());
        String english = lessons.lesson();
        study.setLocale(Locale.forLanguageTag("es"));
        assertThat(lessons.lesson()).isNotEqualTo(english);

        lessons.openLab(lessons.labs().getFirst());
        assertThat(opened.ids).containsExactly(lessons.labs().getFirst().id());
        assertThat(lessons.labProblemProperty().get()).isEmpty();
    }
}
