package dev.playground.ui.study;

import dev.playground.engine.study.ScoreCard;
import dev.playground.engine.study.StudyProgress;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Progress: the score per section day by day as a chart, the overall score per section, and what is due for review. */
public final class ProgressView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int DUE_SHOWN = 6;
    private final StudyViewModel study;
    private final ProgressViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private Label dueLabel;
    @FXML private Button reviewButton;
    @FXML private Label problemLabel;
    @FXML private LineChart<String, Number> chart;
    @FXML private CategoryAxis dayAxis;
    @FXML private GridPane sectionsGrid;
    @FXML private javafx.scene.layout.VBox dueBox;

    public ProgressView(StudyViewModel study, I18n i18n) {
        this.study = study;
        this.viewModel = study.progress();
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Progress.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ViewListeners.of(chart).onChange(viewModel.summaryProperty(), (obs, old, now) -> render());
        problemLabel.textProperty().bind(viewModel.problemProperty().map(p -> p.isEmpty() ? "" : i18n.text("study.problem", p)));
        render();
    }

    private void render() {
        StudyProgress.Summary summary = viewModel.summaryProperty().get();
        chart.getData().clear();
        sectionsGrid.getChildren().clear();
        if (summary == null) {
            summaryLabel.setText(i18n.text("study.loading"));
            dueLabel.setText("");
            dueBox.getChildren().clear();
            reviewButton.setDisable(true);
            return;
        }
        summaryLabel.setText(summary.answered() == 0 ? i18n.text("study.progress.empty") : i18n.text("study.progress.answered", summary.answered(),
                summary.inReview()));
        String next = summary.nextDue().map(at -> at.atZone(ZoneId.systemDefault()).format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale()))).orElse("");
        dueLabel.setText(i18n.text("study.review.due", summary.due()) + (next.isEmpty() ? "" : " · " + i18n.text("study.review.next", next)));
        reviewButton.setDisable(summary.due() == 0);
        dueBox.getChildren().clear();
        for (ShownQuestion q : viewModel.dueQuestions(DUE_SHOWN)) {
            Label line = new Label(q.topic() + " · " + QuestionCard.plain(q.stem()));
            line.getStyleClass().add("due-question");
            line.setMaxWidth(Double.MAX_VALUE);
            dueBox.getChildren().add(line);
        }
        if (summary.due() > DUE_SHOWN) dueBox.getChildren().add(new Label(i18n.text("study.review.more", summary.due() - DUE_SHOWN)));
        Map<Integer, List<StudyProgress.DayScore>> lines = viewModel.bySectionOverTime();
        TreeSet<String> days = new TreeSet<>();
        lines.values().forEach(list -> list.forEach(d -> days.add(d.day().format(DAY))));
        dayAxis.getCategories().setAll(days);
        lines.forEach((section, list) -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(section + ". " + viewModel.sectionName(section));
            list.forEach(d -> series.getData().add(new XYChart.Data<>(d.day().format(DAY), Math.round(d.fraction() * 100))));
            chart.getData().add(series);
        });
        int r = 0;
        for (ScoreCard.SectionScore s : summary.bySection().values()) {
            ScoreRow.add(sectionsGrid, r++, s.section() + ". " + viewModel.sectionName(s.section()), s.fraction(),
                    i18n.text("study.results.sectionScore", s.correct(), s.total(), Math.round(s.fraction() * 100)), null);
        }
    }

    @FXML
    private void onReview() {
        study.reviewWeakSpots();
    }
}
