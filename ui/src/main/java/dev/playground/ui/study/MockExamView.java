package dev.playground.ui.study;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.time.Duration;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The mock exam: the start page, the exam (clock, question, navigator, flag) and the results. Everything it
 * shows comes from {@link MockExamViewModel}, so a rebuilt view (after a language switch) shows the same exam.
 */
public final class MockExamView {
    private final MockExamViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ScrollPane startPage;
    @FXML private Label startText;
    @FXML private ComboBox<Integer> sizeBox;
    @FXML private BorderPane examPage;
    @FXML private Label clockLabel;
    @FXML private VBox keptBox;
    @FXML private Label keptText;
    @FXML private Label positionLabel;
    @FXML private Label countsLabel;
    @FXML private ToggleButton flagButton;
    @FXML private ScrollPane questionScroll;
    @FXML private VBox questionBox;
    @FXML private FlowPane navigator;
    @FXML private ScrollPane resultsPage;
    @FXML private VBox resultsBox;

    public MockExamView(StudyViewModel study, I18n i18n) {
        this.viewModel = study.exam();
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "MockExam.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sizeBox.getItems().setAll(MockExamViewModel.SIZES);
        sizeBox.setConverter(PracticeView.converter(n -> n == null ? "" : i18n.text("study.exam.sizeOption", n,
                minutes(dev.playground.engine.study.MockExam.timeLimitFor(n)))));
        sizeBox.setButtonCell(PracticeView.cell(sizeBox.getConverter()));
        sizeBox.setValue(viewModel.sizeProperty().get());
        sizeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.sizeProperty().set(now);
        });
        startText.setText(i18n.text("study.exam.about"));
        ViewListeners listeners = ViewListeners.of(questionBox);
        listeners.onChange(viewModel.changesProperty(), (obs, old, now) -> render());
        listeners.onChange(viewModel.remainingProperty(), (obs, old, now) -> showClock());
        listeners.onChange(viewModel.savedProperty(), (obs, old, now) -> render());
        listeners.onChange(viewModel.problemProperty(), (obs, old, now) -> render());
        listeners.onChange(viewModel.keptProperty(), (obs, old, now) -> render());
        render();
    }

    private void render() {
        startPage.setVisible(!viewModel.isStarted());
        examPage.setVisible(viewModel.isRunning());
        resultsPage.setVisible(viewModel.isFinished());
        var kept = viewModel.keptProperty().get();
        keptBox.setVisible(kept != null);
        keptBox.setManaged(kept != null);
        if (kept != null) {
            keptText.setText(i18n.text("study.exam.kept", kept.answeredCount(), kept.questionIds().size(), clock(kept.remaining())));
        }
        if (viewModel.isRunning()) renderExam();
        else if (viewModel.isFinished()) renderResults();
    }

    private void renderExam() {
        showClock();
        ShownQuestion q = viewModel.current();
        positionLabel.setText(i18n.text("study.practice.position", viewModel.index() + 1, viewModel.questionCount()));
        countsLabel.setText(i18n.text("study.exam.counts", viewModel.answeredCount(), viewModel.flaggedCount()));
        flagButton.setSelected(viewModel.isFlagged());
        String meta = i18n.text("study.exam.questionMeta", viewModel.index() + 1);
        questionBox.getChildren().setAll(QuestionCard.build(q, meta, viewModel.chosen(), i18n, viewModel::pick, null));
        navigator.getChildren().clear();
        for (MockExamViewModel.Slot slot : viewModel.slots()) navigator.getChildren().add(slotButton(slot));
        questionScroll.setVvalue(0);
    }

    private Button slotButton(MockExamViewModel.Slot slot) {
        Button b = new Button(String.valueOf(slot.index() + 1));
        b.setId("exam-slot-" + (slot.index() + 1));
        b.getStyleClass().add("exam-slot");
        if (slot.answered()) b.getStyleClass().add("slot-answered");
        if (slot.flagged()) b.getStyleClass().add("slot-flagged");
        if (slot.current()) b.getStyleClass().add("slot-current");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(i18n.text(slot.answered() ? "study.exam.slot.answered" : "study.exam.slot.open")
                + (slot.flagged() ? " · " + i18n.text("study.exam.slot.flagged") : "")));
        b.setOnAction(e -> viewModel.go(slot.index()));
        return b;
    }

    private void showClock() {
        Duration left = viewModel.remainingProperty().get();
        clockLabel.setText(clock(left));
        boolean low = viewModel.isRunning() && left.compareTo(viewModel.timeLimit().dividedBy(10)) <= 0;
        clockLabel.getStyleClass().remove("clock-low");
        if (low) clockLabel.getStyleClass().add("clock-low");
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    private static long minutes(Duration d) {
        return (d.toSeconds() + 59) / 60;
    }

    private void renderResults() {
        MockExamViewModel.Report report = viewModel.report();
        resultsBox.getChildren().clear();
        Label title = new Label(i18n.text("study.results.title"));
        title.getStyleClass().add("study-title");
        Label score = new Label(i18n.text("study.results.score", report.correct(), report.total(), Math.round(report.readiness() * 100)));
        score.setId("results-score");
        score.getStyleClass().add("results-score");
        score.setWrapText(true);
        Label readiness = new Label(i18n.text(report.likelyReady() ? "study.results.ready" : "study.results.notReady",
                Math.round(dev.playground.engine.study.ScoreCard.READINESS_BAR * 100)));
        readiness.setId("results-readiness");
        readiness.setWrapText(true);
        readiness.getStyleClass().addAll("study-verdict", report.likelyReady() ? "verdict-right" : "verdict-wrong");
        Label time = new Label(i18n.text(report.timedOut() ? "study.results.timedOut" : "study.results.time", clock(report.used())));
        time.getStyleClass().add("study-muted");
        Label saved = new Label(!viewModel.problemProperty().get().isEmpty() ? i18n.text("study.problem", viewModel.problemProperty().get())
                : i18n.text(viewModel.savedProperty().get() ? "study.results.saved" : "study.results.saving"));
        saved.getStyleClass().add(viewModel.problemProperty().get().isEmpty() ? "study-muted" : "study-problem");
        saved.setWrapText(true);
        time.setWrapText(true);
        resultsBox.getChildren().addAll(title, score, readiness, time, sectionsGrid(report.sections()), saved);
        Label missedTitle = new Label(i18n.text("study.results.missed", report.missed().size()));
        missedTitle.getStyleClass().add("study-subtitle");
        resultsBox.getChildren().add(missedTitle);
        for (MockExamViewModel.MissedRow missed : report.missed()) resultsBox.getChildren().add(missedCard(report, missed));
        Button again = new Button(i18n.text("study.results.again"));
        again.setId("results-again");
        again.setOnAction(e -> viewModel.close());
        resultsBox.getChildren().add(again);
        resultsPage.setVvalue(0);
    }

    private GridPane sectionsGrid(List<MockExamViewModel.SectionRow> rows) {
        GridPane grid = new GridPane();
        grid.setId("results-sections");
        grid.getStyleClass().add("results-sections");
        int r = 0;
        for (MockExamViewModel.SectionRow row : rows) {
            ScoreRow.add(grid, r++, row.section() + ". " + row.name(), row.fraction(),
                    i18n.text("study.results.sectionScore", row.correct(), row.total(), Math.round(row.fraction() * 100)),
                    "results-section-" + row.section());
        }
        return grid;
    }

    private Node missedCard(MockExamViewModel.Report report, MockExamViewModel.MissedRow missed) {
        ShownQuestion q = missed.question();
        List<PracticeViewModel.OptionFeedback> feedback = new java.util.ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            feedback.add(new PracticeViewModel.OptionFeedback(i, q.options().get(i), missed.chosen().contains(i), q.isRight(i), q.note(i)));
        }
        String section = report.sections().stream().filter(r -> r.section() == q.section()).map(MockExamViewModel.SectionRow::name)
                .findFirst().orElse("");
        String meta = i18n.text("study.exam.questionMeta", missed.index() + 1) + " · " + q.section() + ". " + section + " · "
                + i18n.text("study.topic", q.topic())
                + (missed.chosen().isEmpty() ? " · " + i18n.text("study.results.unanswered") : "");
        return QuestionCard.build(q, meta, missed.chosen(), i18n, option -> { }, feedback);
    }

    @FXML
    private void onStart() {
        viewModel.start();
    }

    @FXML
    private void onResume() {
        viewModel.resume();
    }

    @FXML
    private void onDiscardKept() {
        viewModel.discardKept();
    }

    @FXML
    private void onFlag() {
        viewModel.toggleFlag();
    }

    @FXML
    private void onPrevious() {
        viewModel.previous();
    }

    @FXML
    private void onNext() {
        viewModel.next();
    }

    @FXML
    private void onFinish() {
        int open = viewModel.unansweredCount();
        int flagged = viewModel.flaggedCount();
        if (open > 0 || flagged > 0) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("study.exam.finishConfirm", open, flagged), ButtonType.OK,
                    ButtonType.CANCEL);
            confirm.initOwner(root.getScene().getWindow());
            confirm.setHeaderText(null);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        }
        viewModel.finish();
    }

    /** Number keys answer, Enter moves on, F flags; true when the key was used. */
    boolean handleKey(KeyEvent e) {
        if (!viewModel.isRunning()) return false;
        int digit = StudyKeys.digit(e);
        if (digit > 0) viewModel.pick(digit - 1);
        else if (e.getCode() == KeyCode.ENTER) viewModel.next();
        else if (e.getCode() == KeyCode.F && !e.isShortcutDown()) viewModel.toggleFlag();
        else if (e.getCode() == KeyCode.LEFT) viewModel.previous();
        else if (e.getCode() == KeyCode.RIGHT) viewModel.next();
        else return false;
        return true;
    }
}
