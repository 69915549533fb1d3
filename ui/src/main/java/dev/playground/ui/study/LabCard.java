package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabFinding;
import dev.playground.engine.study.LabText;
import dev.playground.engine.study.StudyLanguage;
import dev.playground.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One lab at the end of a lesson: title, goal, whether it needs a model, the steps, what the app checks, "Open in
 * playground", the student's answers to the lab's questions, "Check my work", and the last check's findings (each with
 * what to fix) in the window's language.
 */
final class LabCard {
    private LabCard() {}

    static VBox of(Lab lab, LessonsViewModel viewModel, I18n i18n) {
        LabText text = viewModel.text(lab);
        Label title = wrapped(text.title(), "lab-title");
        Label goal = wrapped(text.goal());
        Label model = wrapped(i18n.text(lab.needsModel() ? "study.lab.needsModel" : "study.lab.offline"), "study-muted");
        model.setGraphic(new FontIcon(lab.needsModel() ? "fth-cpu" : "fth-wifi-off"));
        VBox steps = new VBox(2);
        for (int i = 0; i < text.steps().size(); i++) steps.getChildren().add(wrapped((i + 1) + ". " + text.steps().get(i)));
        Label check = wrapped(i18n.text("study.lab.check", text.check()), "study-muted");
        Label command = wrapped(i18n.text("study.lab.command", lab.id()), "lesson-code-block");
        boolean opening = lab.id().equals(viewModel.labStatusProperty().get());
        Button open = new Button(i18n.text(opening ? "study.lab.opening" : "study.lab.open"));
        open.setId("open-" + lab.id());
        open.setGraphic(new FontIcon("fth-external-link"));
        open.setDisable(!viewModel.labStatusProperty().get().isEmpty());
        open.setOnAction(e -> viewModel.openLab(lab));
        VBox card = new VBox(6, title, goal, model, steps, check, command);
        card.getChildren().addAll(answers(lab, viewModel.checks(), i18n));
        LabCheckViewModel.State state = viewModel.checks().states().get(lab.id());
        boolean running = state != null && state.running();
        Button checkNow = new Button(i18n.text(running ? "study.lab.checking" : "study.lab.checkNow"));
        checkNow.setId("check-" + lab.id());
        checkNow.setGraphic(new FontIcon("fth-check-circle"));
        checkNow.setDisable(running);
        checkNow.setOnAction(e -> viewModel.checks().check(lab));
        HBox buttons = new HBox(8, open, checkNow);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(buttons);
        if (state != null && !state.running()) card.getChildren().add(result(lab, state, viewModel.language(), i18n));
        card.getStyleClass().add("lab-card");
        return card;
    }

    /** A field per question the lab asks (its answer and run-log checks), e.g. "faster = [gpt-4o-mini]". */
    private static java.util.List<javafx.scene.Node> answers(Lab lab, LabCheckViewModel checks, I18n i18n) {
        java.util.List<String> questions = checks.questions(lab);
        if (questions.isEmpty()) return java.util.List.of();
        // A grid, so the fields line up however long the questions' names are.
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane(8, 4);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, fields);
        int row = 0;
        for (String name : questions) {
            TextField field = new TextField(checks.answer(lab, name));
            field.setId("answer-" + lab.id() + "-" + name);
            field.setPromptText(i18n.text("study.lab.answerHint"));
            field.textProperty().addListener((obs, old, now) -> checks.setAnswer(lab, name, now));
            grid.addRow(row++, new Label(name + " ="), field);
        }
        return java.util.List.of(new VBox(4, wrapped(i18n.text("study.lab.answers"), "explanation-title"), grid));
    }

    private static VBox result(Lab lab, LabCheckViewModel.State state, StudyLanguage language, I18n i18n) {
        VBox box = new VBox(4);
        box.setId("lab-result-" + lab.id());
        box.getStyleClass().add("lab-result");
        if (state.result() == null) {
            Label problem = wrapped(i18n.text(state.problem(), state.detail()), "study-problem");
            problem.setId("lab-problem-" + lab.id());
            box.getChildren().add(problem);
            return box;
        }
        int total = state.result().findings().size();
        int failed = (int) state.result().failures();
        Label verdict = wrapped(state.result().passed() ? i18n.text("study.labCheck.passed", total)
                : i18n.text("study.labCheck.notYet", failed, total), "study-verdict");
        verdict.getStyleClass().add(state.result().passed() ? "verdict-right" : "verdict-wrong");
        verdict.setId("lab-verdict-" + lab.id());
        box.getChildren().add(verdict);
        for (LabFinding finding : state.result().findings()) {
            Label line = wrapped(finding.label(language) + ": " + finding.detail(language), "lab-finding");
            line.setGraphic(new FontIcon(finding.passed() ? "fth-check" : "fth-x"));
            line.getStyleClass().add(finding.passed() ? "verdict-right" : "verdict-wrong");
            box.getChildren().add(line);
        }
        return box;
    }

    private static Label wrapped(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        return label;
    }
}
