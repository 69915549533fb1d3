package dev.playground.ui.study;

import dev.playground.engine.study.ScoreCard;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** One section's score as a row of a grid: the name (wrapping when narrow), a bar, and the figures (never cut). */
final class ScoreRow {
    private ScoreRow() {}

    static void add(GridPane grid, int row, String name, double fraction, String figures, String figuresId) {
        Label label = new Label(name);
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.setMinWidth(80);
        ProgressBar bar = new ProgressBar(fraction);
        bar.setPrefWidth(140);
        bar.setMinWidth(60);
        bar.getStyleClass().add(fraction >= ScoreCard.READINESS_BAR ? "bar-good" : "bar-weak");
        Label figure = new Label(figures);
        figure.setMinWidth(Region.USE_PREF_SIZE);
        if (figuresId != null) figure.setId(figuresId);
        grid.addRow(row, label, bar, figure);
    }
}
