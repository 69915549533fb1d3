package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback.Thumb;
import dev.playground.engine.metrics.Score;
import dev.playground.ui.common.I18n;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One cell: streamed output, figures, scores, spread, inline error, re-run, and the person's feedback. */
final class CellView {
    private final VBox root = new VBox(4);
    private final VBox scores = new VBox(1);
    private final CellModel cell;
    private static final javafx.css.PseudoClass FOUND = javafx.css.PseudoClass.getPseudoClass("found");
    private final I18n i18n;
    private final CellOutputView output;
    /* Listeners are held in fields so the weak listeners live exactly as long as this view. */
    private final ListChangeListener<Score> scoresListener = change -> showScores(change.getList());
    private final List<ChangeListener<Thumb>> thumbListeners = new java.util.ArrayList<>();
    private final ChangeListener<String> outputListener;
    private final ChangeListener<CellModel.State> stateListener;
    private final ChangeListener<Boolean> markdownListener;
    private final javafx.beans.property.BooleanProperty markdown;

    CellView(CompareViewModel viewModel, VariantColumn column, VariableRowModel row, I18n i18n) {
        this.cell = viewModel.grid().cell(column, row);
        this.i18n = i18n;
        this.output = new CellOutputView(i18n.text("compare.cell.copy"));
        // Streaming appends go to the output's last block; anything else replaces the whole text.
        this.outputListener = (obs, old, now) -> {
            if (now.length() > old.length() && now.startsWith(old) && output.text().length() == old.length()) {
                output.append(now.substring(old.length()));
            } else {
                output.showRaw(now);
            }
        };
        this.markdown = viewModel.markdownProperty();
        // Markdown is rendered once a stream has ended, never per frame while it streams.
        this.stateListener = (obs, old, now) -> {
            if (now == CellModel.State.DONE || now == CellModel.State.FAILED) showFinished();
        };
        this.markdownListener = (obs, old, now) -> {
            if (cell.stateProperty().get() != CellModel.State.RUNNING) showFinished();
        };
        root.getStyleClass().add("compare-cell");
        root.setId("cell-" + column.id() + "-" + row.id());
        root.setPrefWidth(CompareView.COLUMN_WIDTH);
        root.setMinWidth(CompareView.COLUMN_WIDTH);
        root.setMaxWidth(CompareView.MAX_COLUMN_WIDTH);

        Label state = new Label();
        state.getStyleClass().add("cell-state");
        state.textProperty().bind(cell.stateProperty().map(s -> i18n.text("compare.state." + s.name().toLowerCase(java.util.Locale.ROOT))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(4, state, gap, VariantHeader.icon("fth-refresh-cw", i18n.text("compare.cell.rerun"), () -> viewModel.runs().runCell(column, row)));

        showFinished();
        cell.outputProperty().addListener(new WeakChangeListener<>(outputListener));
        cell.stateProperty().addListener(new WeakChangeListener<>(stateListener));
        markdown.addListener(new WeakChangeListener<>(markdownListener));

        Label stats = wrapping("cell-stats");
        stats.textProperty().bind(cell.statsProperty());
        Label error = wrapping("cell-error");
        error.textProperty().bind(cell.errorProperty());
        error.visibleProperty().bind(cell.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label guard = wrapping("cell-guard");
        guard.textProperty().bind(cell.guardProperty());
        guard.visibleProperty().bind(cell.guardProperty().isNotEmpty());
        guard.managedProperty().bind(guard.visibleProperty());
        String nothing = i18n.text("guard.cell.none");
        guard.textProperty().addListener((obs, old, now) -> guard.pseudoClassStateChanged(FOUND, !now.isEmpty() && !now.equals(nothing)));
        guard.pseudoClassStateChanged(FOUND, !guard.getText().isEmpty() && !guard.getText().equals(nothing));
        Node tools = toolCalls();
        Label spread = wrapping("cell-spread");
        spread.textProperty().bind(cell.spreadProperty());
        spread.visibleProperty().bind(cell.spreadProperty().isNotEmpty());
        spread.managedProperty().bind(spread.visibleProperty());

        cell.scores().addListener(new WeakListChangeListener<>(scoresListener));
        // The cell holds these listeners weakly; the view's root node keeps this view (and so the listeners) alive,
        // or a collection could silently stop the cell following its answer.
        root.getProperties().put(CellView.class, this);
        showScores(cell.scores());
        // Thumbs and rating sit right under the cell's title, above the answer: however long the answer and
        // however many scores or errors follow it, they are where the cell starts.
        root.getChildren().addAll(top, feedbackRow(), output.root(), tools, stats, guard, error, scores, spread, comment());
        // A cell that failed without any answer shows its message, not an empty answer box above it.
        output.root().visibleProperty().bind(cell.stateProperty().isNotEqualTo(CellModel.State.FAILED).or(cell.outputProperty().isNotEmpty()));
        output.root().managedProperty().bind(output.root().visibleProperty());
    }

    private void showFinished() {
        String text = cell.outputProperty().get();
        if (markdown.get() && !text.isBlank()) output.showNodes(text, MarkdownNodes.render(text));
        else output.showRaw(text);
    }

    /** The tool calls, compact (name and arguments); a button shows each call's whole arguments and answer. Hidden without tools. */
    private Node toolCalls() {
        Label compact = wrapping("cell-tools");
        compact.textProperty().bind(cell.toolCallsProperty());
        Label details = wrapping("cell-tool-details");
        details.textProperty().bind(cell.toolDetailsProperty());
        javafx.beans.property.BooleanProperty open = new javafx.beans.property.SimpleBooleanProperty(false);
        javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink();
        more.getStyleClass().add("cell-tools-more");
        more.textProperty().bind(open.map(shown -> i18n.text(shown ? "compare.tools.hide" : "compare.tools.show")));
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setOnAction(e -> open.set(!open.get()));
        details.visibleProperty().bind(open);
        details.managedProperty().bind(details.visibleProperty());
        VBox box = new VBox(2, compact, more, details);
        box.getStyleClass().add("cell-tool-calls");
        box.visibleProperty().bind(cell.toolCallsProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node feedbackRow() {
        ToggleButton up = thumb("fth-thumbs-up", Thumb.UP, i18n.text("compare.feedback.up"));
        ToggleButton down = thumb("fth-thumbs-down", Thumb.DOWN, i18n.text("compare.feedback.down"));
        // A menu button rather than a combo box: the theme leaves an empty combo box blank, so "1–5"
        // (or the chosen rating) is always the button's own text.
        MenuButton rating = new MenuButton();
        for (int value = 1; value <= 5; value++) {
            int chosen = value;
            MenuItem item = new MenuItem(String.valueOf(value));
            item.setOnAction(e -> cell.ratingProperty().set(chosen));
            rating.getItems().add(item);
        }
        MenuItem clear = new MenuItem(i18n.text("compare.feedback.noRating"));
        clear.setOnAction(e -> cell.ratingProperty().set(null));
        rating.getItems().add(clear);
        rating.textProperty().bind(cell.ratingProperty().map(r -> "★ " + r).orElse(i18n.text("compare.feedback.rating")));
        rating.getStyleClass().add("cell-rating");
        rating.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rating.setAccessibleText(i18n.text("compare.feedback.rating"));
        HBox row = new HBox(2, up, down, rating);
        row.getStyleClass().add("cell-feedback");
        return row;
    }

    private Node comment() {
        TextField comment = new TextField();
        comment.setPromptText(i18n.text("compare.feedback.comment"));
        comment.setAccessibleText(i18n.text("compare.feedback.comment"));
        comment.textProperty().bindBidirectional(cell.commentProperty());
        comment.getStyleClass().add("cell-comment");
        return comment;
    }

    private ToggleButton thumb(String icon, Thumb value, String tooltip) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "thumb-" + value.name().toLowerCase(java.util.Locale.ROOT));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setSelected(cell.thumbProperty().get() == value);
        ChangeListener<Thumb> follow = (obs, old, now) -> button.setSelected(now == value);
        thumbListeners.add(follow);
        cell.thumbProperty().addListener(new WeakChangeListener<>(follow));
        button.setOnAction(e -> cell.thumbProperty().set(button.isSelected() ? value : Thumb.NONE));
        return button;
    }

    private void showScores(List<? extends Score> list) {
        scores.getChildren().clear();
        for (Score score : list) {
            Label line = wrapping(score.isError() ? "score-error" : Boolean.FALSE.equals(score.passed()) ? "score-fail" : "score-pass");
            line.getStyleClass().add("score");
            StringBuilder text = new StringBuilder(score.name()).append(": ");
            if (score.isError()) text.append(score.error());
            else if (score.value() != null) text.append(i18n.number(score.value(), 0, 4));
            if (score.passed() != null && !score.isError()) text.append(score.passed() ? " ✓" : " ✗");
            line.setText(text.toString());
            String why = score.isError() && !score.detail().isEmpty() ? i18n.text("compare.score.raw", score.detail()) : score.detail();
            if (!why.isEmpty()) line.setTooltip(new Tooltip(why));
            scores.getChildren().add(line);
        }
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    Node root() {
        return root;
    }
}
