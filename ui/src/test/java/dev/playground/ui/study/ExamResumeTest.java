package dev.playground.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.study.ExamDraft;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exam in progress survives closing the app: it is kept in the real store (V51) as it changes and when the window
 * closes, and the next session offers to resume it with the same questions in the same order, the answers, the flags,
 * the question on screen and the time that was left (the clock stands still while the app is closed).
 */
class ExamResumeTest {
    @TempDir Path dataDir;
    private final StudyFakes.HandClock clock = new StudyFakes.HandClock();
    private final StudyFakes.HandTicker ticker = new StudyFakes.HandTicker();

    @BeforeEach
    void fxStandIn() {
        UiThread.standInOnThisThread();
    }

    @AfterEach
    void endStandIn() {
        UiThread.endStandIn();
    }

    private StudyViewModel open(LocalStore store, Locale language) {
        StudySetup setup = StudyFakes.setup(new StudyFakes.MemoryLog(), clock, ticker, LabOpener.NONE).withExamDrafts(store.studyExamDraft());
        StudyViewModel study = new StudyViewModel(setup, language);
        study.load();
        return study;
    }

    private static List<String> ids(MockExamViewModel exam) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < exam.questionCount(); i++) {
            exam.go(i);
            ids.add(exam.current().id());
        }
        return ids;
    }

    @Test
    void closing_and_reopening_offers_the_exam_back_as_it_was() {
        List<String> order;
        try (LocalStore store = LocalStore.open(dataDir)) {
            MockExamViewModel exam = open(store, Locale.forLanguageTag("es")).exam();
            assertThat(exam.keptProperty().get()).isNull();
            exam.sizeProperty().set(6);
            exam.start();
            order = ids(exam);
            exam.go(1);
            exam.pick(0);
            exam.go(3);
            exam.pick(1);
            exam.toggleFlag();
            clock.advance(Duration.ofMinutes(5).plusSeconds(20));
            ticker.tick();
            // The app closes: the window writes the exam once more before it goes.
            exam.keepNow().join();
        }
        clock.advance(Duration.ofHours(20));
        try (LocalStore store = LocalStore.open(dataDir)) {
            StudyViewModel study = open(store, Locale.ENGLISH);
            MockExamViewModel exam = study.exam();
            ExamDraft kept = exam.keptProperty().get();
            assertThat(kept).isNotNull();
            assertThat(kept.answeredCount()).isEqualTo(2);
            assertThat(kept.remaining()).isEqualTo(Duration.ofMinutes(12).minusMinutes(5).minusSeconds(20));

            exam.resume();
            assertThat(exam.isRunning()).isTrue();
            assertThat(exam.keptProperty().get()).isNull();
            assertThat(exam.index()).isEqualTo(3);
            assertThat(exam.isFlagged()).isTrue();
            assertThat(exam.chosen()).isEqualTo(Set.of(1));
            assertThat(exam.remainingProperty().get()).isEqualTo(Duration.ofSeconds(6 * 60 + 40));
            assertThat(exam.answeredCount()).isEqualTo(2);
            assertThat(exam.flaggedCount()).isEqualTo(1);
            assertThat(ids(exam)).isEqualTo(order);
            exam.go(1);
            assertThat(exam.chosen()).isEqualTo(Set.of(0));

            // Handed in: nothing is offered next time.
            exam.finish();
            assertThat(exam.isFinished()).isTrue();
            assertThat(store.studyExamDraft().kept()).isEmpty();
        }
    }

    @Test
    void a_discarded_exam_is_not_offered_again() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            MockExamViewModel exam = open(store, Locale.ENGLISH).exam();
            exam.sizeProperty().set(6);
            exam.start();
            exam.pick(0);
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            MockExamViewModel exam = open(store, Locale.ENGLISH).exam();
            assertThat(exam.keptProperty().get()).isNotNull();
            exam.discardKept();
            assertThat(store.studyExamDraft().kept()).isEmpty();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(open(store, Locale.ENGLISH).exam().keptProperty().get()).isNull();
        }
    }

    @Test
    void the_time_left_is_kept_as_the_clock_runs_without_other_changes() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            MockExamViewModel exam = open(store, Locale.ENGLISH).exam();
            exam.sizeProperty().set(6);
            exam.start();
            clock.advance(Duration.ofSeconds(16));
            ticker.tick();
            assertThat(store.studyExamDraft().kept()).map(ExamDraft::remaining).contains(Duration.ofMinutes(12).minusSeconds(16));
        }
    }

}
