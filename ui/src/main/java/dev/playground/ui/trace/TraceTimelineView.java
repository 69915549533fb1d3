package dev.playground.ui.trace;

import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * A reusable trace timeline (the Runs view, under the Playground's answer): build it with
 * {@code new TraceTimelineView(new TraceTimelineViewModel(services.executor(), i18n), i18n)}; {@link #show(Trace)} puts
 * a run with tools on screen, {@link #clear()} empties it, {@link #root()} is the node to place.
 */
public final class TraceTimelineView {
    private final TraceTimelineViewModel viewModel;
    private final I18n i18n;
    private final Region root;

    @FXML private Label summaryLabel;
    @FXML private Label statusLabel;
    @FXML private Button exportButton;
    @FXML private ListView<TraceTimelineViewModel.Row> spanList;
    @FXML private TextArea detailsArea;

    public TraceTimelineView(TraceTimelineViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = (Region) ViewLoader.load(this, "TraceTimeline.fxml", i18n);
    }

    public Region root() {
        return root;
    }

    public void show(Trace trace) {
        viewModel.show(trace);
    }

    public void clear() {
        viewModel.clear();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return viewModel.traceProperty();
    }

    public TraceTimelineViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        exportButton.disableProperty().bind(viewModel.traceProperty().isNull());
        spanList.setItems(viewModel.rows());
        spanList.setCellFactory(list -> new SpanCell());
        spanList.setPlaceholder(new Label(i18n.text("trace.empty")));
        spanList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.selectedProperty().set(now);
        });
        // Held weakly: the Playground's timeline view model outlives its views (a language switch builds new ones).
        dev.playground.ui.common.ViewListeners.of(spanList).onChange(viewModel.selectedProperty(), (obs, old, now) -> {
            if (now != null && spanList.getSelectionModel().getSelectedItem() != now) spanList.getSelectionModel().select(now);
        });
        if (viewModel.selectedProperty().get() != null) spanList.getSelectionModel().select(viewModel.selectedProperty().get());
        // A text area bound to a property listens to it strongly: the details follow through a weak listener instead.
        detailsArea.setText(viewModel.detailsProperty().get());
        dev.playground.ui.common.ViewListeners.of(spanList).onChange(viewModel.detailsProperty(), (obs, old, now) -> detailsArea.setText(now));
    }

    @FXML
    private void onExport() {
        Trace trace = viewModel.traceProperty().get();
        if (trace == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("trace.export"));
        chooser.setInitialFileName("trace-" + trace.id() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) viewModel.export(file.toPath());
    }

    /** A span's name, its bar on the run's time axis, and when it started and how long it took. */
    private static final class SpanCell extends ListCell<TraceTimelineViewModel.Row> {
        private final Label name = new Label();
        private final Region bar = new Region();
        private final Pane track = new Pane(bar);
        private final Label timing = new Label();
        private final HBox line = new HBox(8, name, track, timing);
        private TraceTimelineViewModel.Row row;

        SpanCell() {
            name.setPrefWidth(170);
            name.setMinWidth(90);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            track.setMinWidth(40);
            track.setPrefHeight(14);
            track.getStyleClass().add("trace-track");
            HBox.setHgrow(track, Priority.ALWAYS);
            timing.setMinWidth(Region.USE_PREF_SIZE);
            timing.getStyleClass().add("trace-timing");
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            bar.setManaged(false);
            track.widthProperty().addListener((obs, old, now) -> place());
            track.heightProperty().addListener((obs, old, now) -> place());
        }

        @Override
        protected void updateItem(TraceTimelineViewModel.Row item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.label());
            timing.setText(row.timing());
            bar.getStyleClass().setAll("trace-bar", row.span().kind() == Span.Kind.MODEL ? "trace-bar-model" : "trace-bar-tool");
            if (row.span().failed()) bar.getStyleClass().add("trace-bar-failed");
            setGraphic(line);
            place();
        }

        private void place() {
            if (row == null) return;
            double width = track.getWidth();
            double x = width * row.from();
            bar.resizeRelocate(Math.min(x, Math.max(0, width - 3)), 2, Math.max(3, width * row.width()), Math.max(4, track.getHeight() - 4));
        }
    }
}
