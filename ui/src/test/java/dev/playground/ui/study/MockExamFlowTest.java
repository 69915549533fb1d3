package dev.playground.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.study.StudyMode;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.ui.common.Theme;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flow: a short mock exam taken in Spanish with the keyboard, the language switched to English
 * half-way (the view is rebuilt; answers, flags and the clock stay), handed in, and the score per section
 * shown. The clock is moved by hand and the ticker ticked by hand: nothing depends on the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class MockExamFlowTest {
    private final StudyFakes.MemoryLog log = new StudyFakes.MemoryLog();
    private final StudyFakes.HandClock clock = new StudyFakes.HandClock();
    private final StudyFakes.HandTicker ticker = new StudyFakes.HandTicker();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.forLanguageTag("es"));
    private VirtualThreadTaskExecutor executor;
    private StudyWindow window;
    private StudyViewModel study;

    @Start
    void start(Stage stage) {
        executor = new VirtualThreadTaskExecutor();
        StudySetup setup = new StudySetup(executor, log, () -> StudyFakes.BANK, () -> StudyFakes.LABS, clock, ZoneOffset.UTC, ticker,
                () -> new Random(7), new StudyFakes.OpenedLabs());
        study = new StudyViewModel(setup, language.get());
        window = new StudyWindow(null, study, new SimpleObjectProperty<>(Theme.LIGHT), language);
        window.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void a_short_mock_exam_in_spanish_switched_to_english_half_way_ends_with_the_score_per_section(FxRobot robot) throws Exception {
        waitFor(() -> study.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Simulacro");
        ComboBox<Integer> size = robot.lookup("#exam-size").queryComboBox();
        robot.interact(() -> size.setValue(6));
        robot.clickOn("#exam-start");
        MockExamViewModel exam = study.exam();
        assertThat(exam.isRunning()).isTrue();
        assertThat(text(robot, "#exam-clock")).isEqualTo("12:00");
        assertThat(text(robot, "#exam-position")).isEqualTo("Pregunta 1 de 6");
        String firstStemEs = QuestionCard.plain(exam.current().stem());
        assertThat(robot.lookup(".question-stem").queryAs(Label.class).getText()).isEqualTo(firstStemEs);

        // Question 1: option 2, then on; question 2: option 1, flagged; question 3: option 3.
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT1).type(KeyCode.F).type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT3);
        clock.advance(Duration.ofMinutes(4));
        robot.interact(ticker::tick);
        assertThat(text(robot, "#exam-clock")).isEqualTo("08:00");
        assertThat(text(robot, "#exam-counts")).isEqualTo("3 respondidas · 1 marcadas");

        // Switch to English mid-exam: the window is rebuilt around the same exam.
        robot.interact(() -> language.set(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#exam-position")).isEqualTo("Question 3 of 6");
        assertThat(text(robot, "#exam-clock")).isEqualTo("08:00");
        assertThat(text(robot, "#exam-counts")).isEqualTo("3 answered · 1 flagged");
        assertThat(robot.lookup(".question-stem").queryAs(Label.class).getText()).isEqualTo(QuestionCard.plain(StudyFakes.BANK.question(exam.current().id()).orElseThrow().en().stem()));
        robot.clickOn("#exam-slot-2");
        assertThat(robot.lookup("#exam-flag").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(exam.chosen()).containsExactly(0);
        robot.type(KeyCode.F); // unflag
        robot.clickOn("#exam-slot-1");
        assertThat(exam.chosen()).containsExactly(1);

        // The rest, in English, and hand in.
        for (int i = 4; i <= 6; i++) {
            robot.clickOn("#exam-slot-" + i);
            robot.type(KeyCode.DIGIT1);
        }
        assertThat(exam.answeredCount()).isEqualTo(6);
        robot.clickOn("#exam-finish");

        waitFor(() -> exam.savedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        MockExamViewModel.Report report = exam.report();
        assertThat(text(robot, "#results-score")).startsWith(report.correct() + " right of 6");
        assertThat(report.sections()).isNotEmpty();
        for (MockExamViewModel.SectionRow row : report.sections()) {
            assertThat(text(robot, "#results-section-" + row.section())).startsWith(row.correct() + " of " + row.total());
        }
        assertThat(robot.lookup("Your answers are saved; missed questions come back as weak spots.").tryQuery()).isPresent();
        assertThat(log.all()).hasSize(6).allSatisfy(a -> assertThat(a.mode()).isEqualTo(StudyMode.EXAM));
        assertThat(log.all().get(0).chosen()).containsExactly(1);
    }
}
