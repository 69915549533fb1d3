package dev.playground.ui.study;

import dev.playground.engine.study.StudyAnswer;
import dev.playground.engine.study.StudyMode;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.ui.common.Theme;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Opens the study window in a given state for screenshots under Xvfb (not a test):
 * {@code StudyShowcase LANG THEME STATE [WIDTH HEIGHT]} with STATE one of lesson, question, explanation, exam,
 * results, progress, lab (a lab checked with one wrong answer), kept (an exam kept from an earlier session).
 */
public final class StudyShowcase {
    private StudyShowcase() {}

    public static void main(String[] args) {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
        Theme theme = Theme.parse(args.length > 1 ? args[1] : "light");
        String state = args.length > 2 ? args[2] : "question";
        int width = args.length > 3 ? Integer.parseInt(args[3]) : 1100;
        int height = args.length > 4 ? Integer.parseInt(args[4]) : 800;
        StudyFakes.MemoryLog log = state.equals("error") ? new StudyFakes.MemoryLog() {
            @Override
            public synchronized void record(java.util.List<StudyAnswer> more) {
                throw new IllegalStateException("The store in /home/ana/.playground is busy: another Prompt Playground has it open.");
            }
        } : new StudyFakes.MemoryLog();
        StudyFakes.HandClock clock = new StudyFakes.HandClock();
        if (!state.equals("error")) seedHistory(log, clock.instant());
        Platform.startup(() -> {
            // The lab check is the engine's own, over a workbench that has nothing to give: the answers lab needs none.
            LabChecker checker = (labs, lab, attempt) -> new dev.playground.engine.study.LabCheck(labs, null)
                    .check(lab, new dev.playground.engine.study.LabSubmission(attempt.prompt(), "", attempt.answers()));
            StudySetup setup = new StudySetup(new VirtualThreadTaskExecutor(), log, () -> StudyFakes.BANK, () -> StudyFakes.LABS, clock,
                    ZoneOffset.UTC, StudyTicker.NONE, () -> new Random(3), new StudyFakes.OpenedLabs(), checker, null, keptExam(state, clock));
            StudyViewModel study = new StudyViewModel(setup, locale);
            StudyWindow window = new StudyWindow(null, study, new SimpleObjectProperty<>(theme), new SimpleObjectProperty<>(locale));
            study.loadedProperty().addListener((obs, old, loaded) -> Platform.runLater(() -> drive(study, state, clock)));
            window.show();
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            window.stage().setX(0);
            window.stage().setY(0);
        });
    }

    private static void drive(StudyViewModel study, String state, StudyFakes.HandClock clock) {
        switch (state) {
            case "lesson" -> study.lessons().sectionProperty().set(3);
            case "question", "explanation", "error" -> {
                study.pageProperty().set(StudyViewModel.Page.PRACTICE);
                study.practice().start(3, null, 10);
                ShownQuestion q = study.practice().current();
                int wrong = q.isRight(0) ? 1 : 0;
                study.practice().pick(wrong);
                if (!state.equals("question")) study.practice().enter();
            }
            case "exam", "results" -> {
                study.pageProperty().set(StudyViewModel.Page.EXAM);
                study.exam().sizeProperty().set(15);
                study.exam().start();
                for (int i = 0; i < 15; i += 1) {
                    study.exam().go(i);
                    ShownQuestion q = study.exam().current();
                    if (i % 4 == 0) study.exam().pick(q.isRight(0) ? 1 : 0);
                    else if (i % 5 != 1) q.answer().forEach(study.exam()::pick);
                    if (i % 6 == 2) study.exam().toggleFlag();
                }
                study.exam().go(2);
                clock.advance(Duration.ofMinutes(7).plusSeconds(12));
                study.exam().tick();
                if (state.equals("results")) study.exam().finish();
            }
            case "progress" -> study.pageProperty().set(StudyViewModel.Page.PROGRESS);
            case "lab" -> {
                study.lessons().sectionProperty().set(6);
                var lab = StudyFakes.LABS.lab("lab-6-judges-ground-truth").orElseThrow();
                var checks = study.lessons().checks();
                checks.setAnswer(lab, "correctness", "yes");
                checks.setAnswer(lab, "groundedness", "yes");
                checks.setAnswer(lab, "relevance", "no");
                checks.check(lab);
                // The checked lab is the lesson's last card: scroll to the end once its result is shown.
                var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                pause.setOnFinished(e -> javafx.stage.Window.getWindows().forEach(w -> {
                    var scroll = w.getScene().getRoot().lookupAll(".study-scroll");
                    scroll.forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0));
                }));
                pause.play();
            }
            case "kept" -> study.pageProperty().set(StudyViewModel.Page.EXAM);
            default -> { }
        }
    }

    /** For "kept": an exam of 15 questions left with 6 answered and 11:48 on the clock. */
    private static dev.playground.engine.study.ExamDrafts keptExam(String state, StudyFakes.HandClock clock) {
        if (!state.equals("kept")) return null;
        var exam = new dev.playground.engine.study.MockExam(dev.playground.engine.study.ExamDraw.of(StudyFakes.BANK).mockExam(15, new Random(3)),
                dev.playground.engine.study.MockExam.timeLimitFor(15), clock.instant().minus(Duration.ofMinutes(18).plusSeconds(12)));
        for (int i = 0; i < 6; i++) exam.toggle(i, 0);
        var draft = exam.draft(5, clock.instant());
        return new dev.playground.engine.study.ExamDrafts() {
            @Override
            public void keep(dev.playground.engine.study.ExamDraft kept) {}

            @Override
            public java.util.Optional<dev.playground.engine.study.ExamDraft> kept() {
                return java.util.Optional.of(draft);
            }

            @Override
            public void drop() {}
        };
    }

    /** A week of made-up answers so the progress chart has lines. */
    private static void seedHistory(StudyFakes.MemoryLog log, Instant now) {
        Random random = new Random(11);
        var questions = StudyFakes.BANK.questions();
        for (int day = 6; day >= 0; day--) {
            Instant at = now.minus(Duration.ofDays(day));
            for (int i = 0; i < 24; i++) {
                var q = questions.get(random.nextInt(questions.size()));
                boolean right = random.nextDouble() < 0.45 + (6 - day) * 0.06;
                Set<Integer> chosen = right ? Set.copyOf(q.answer()) : Set.of(q.answer().getFirst() == 0 ? 1 : 0);
                log.record(java.util.List.of(StudyAnswer.of(q, chosen, StudyMode.PRACTICE, at)));
            }
        }
    }
}
