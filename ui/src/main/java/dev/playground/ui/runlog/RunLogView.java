package dev.playground.ui.runlog;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** The Runs tab: filters on top, the run log as a table, the selected run's messages and answer below. */
public final class RunLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RunLogViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private TextField promptField;
    @FXML private TextField modelField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<RunStatus> statusBox;
    @FXML private TableView<RunRecord> table;
    @FXML private TableColumn<RunRecord, String> timeColumn;
    @FXML private TableColumn<RunRecord, String> statusColumn;
    @FXML private TableColumn<RunRecord, String> promptColumn;
    @FXML private TableColumn<RunRecord, String> modelColumn;
    @FXML private TableColumn<RunRecord, String> tokensColumn;
    @FXML private TableColumn<RunRecord, String> ttftColumn;
    @FXML private TableColumn<RunRecord, String> latencyColumn;
    @FXML private TableColumn<RunRecord, String> costColumn;
    @FXML private TextArea detail;
    @FXML private javafx.scene.control.SplitPane detailSplit;
    @FXML private Label messageLabel;

    public RunLogView(RunLogViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "RunLog.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        promptField.textProperty().bindBidirectional(viewModel.promptProperty());
        modelField.textProperty().bindBidirectional(viewModel.modelProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(RunStatus.values());
        statusBox.setCellFactory(list -> new StatusCell());
        statusBox.setButtonCell(new StatusCell());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());

        column(timeColumn, run -> TIME.format(run.startedAt().atZone(viewModel.zone())));
        column(statusColumn, run -> statusText(run.status()));
        String untitled = i18n.text("runlog.untitled");
        column(promptColumn, run -> run.promptName() == null || run.promptName().isBlank() ? untitled : run.promptName());
        column(modelColumn, RunRecord::model);
        // Counts the server did not report are our estimate, and say so in words.
        column(tokensColumn, run -> run.tokensReported() ? run.inputTokens() + " / " + run.outputTokens()
                : i18n.text("runlog.tokens.estimated", run.inputTokens(), run.outputTokens()));
        column(ttftColumn, run -> millis(i18n, run.timeToFirstToken()));
        column(latencyColumn, run -> run.cached()
                ? i18n.text("runlog.cached", millis(i18n, run.latency()), millis(i18n, run.originalLatency())) : millis(i18n, run.latency()));
        column(costColumn, run -> run.costUsd() == null ? "-" : "$" + i18n.number(run.costUsd(), 5, 5));
        table.setItems(viewModel.runs());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        // The view model outlives this view: the text follows the selection through a weak listener, not a mapping that holds the view.
        ViewListeners.of(detail).onChange(viewModel.selectedProperty(), (obs, old, now) -> detail.setText(now == null ? "" : describe(now)));
        detail.setText(viewModel.selectedProperty().get() == null ? "" : describe(viewModel.selectedProperty().get()));
        detail.setPromptText(i18n.text("runlog.detail.empty"));
        // A model call of a run with tools: its run's trace as a timeline below the call's details.
        dev.playground.ui.trace.TraceTimelineView timeline = new dev.playground.ui.trace.TraceTimelineView(viewModel.timeline(), i18n);
        timeline.root().setId("runlog-trace");
        java.util.function.Consumer<dev.playground.engine.trace.Trace> showTrace = trace -> {
            if (trace == null && detailSplit.getItems().remove(timeline.root())) detailSplit.setDividerPositions(0.62);
            else if (trace != null && !detailSplit.getItems().contains(timeline.root())) {
                detailSplit.getItems().add(timeline.root());
                detailSplit.setDividerPositions(0.3, 0.48);
            }
        };
        ViewListeners.of(detail).onChange(viewModel.timeline().traceProperty(), (obs, old, now) -> showTrace.accept(now));
        showTrace.accept(viewModel.timeline().traceProperty().get());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.refresh();
    }

    private static void column(TableColumn<RunRecord, String> column, Function<RunRecord, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    private String describe(RunRecord run) {
        StringBuilder text = new StringBuilder();
        text.append(i18n.text("runlog.detail.header", run.connectionName(), run.model(), run.attempts())).append("\n\n");
        // A failed call starts with what went wrong: that is what the person opened it for.
        if (!run.error().isEmpty()) text.append("[").append(i18n.text("runlog.detail.error")).append("]\n").append(run.error()).append("\n\n");
        run.messages().forEach(m -> text.append('[').append(m.role().wireName()).append("]\n").append(m.text()).append("\n\n"));
        text.append("[").append(i18n.text("runlog.detail.output")).append("]\n").append(run.output());
        if (!run.guardrails().isEmpty()) {
            text.append("\n\n[").append(i18n.text("runlog.detail.guardrails")).append("]");
            run.guardrails().forEach(g -> text.append('\n').append(g.on()).append(" · ").append(g.rail()).append(" · ").append(g.kind())
                    .append(" · ").append(g.action()));
        }
        return text.toString();
    }

    private String statusText(RunStatus status) {
        return status == null ? i18n.text("runlog.status.any") : i18n.text("runlog.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private static String millis(I18n i18n, Duration duration) {
        if (duration == null) return "-";
        long micros = duration.toNanos() / 1000;
        return micros < 10_000 ? i18n.number(micros / 1000.0, 2, 2) + " ms" : i18n.number(duration.toMillis(), 0, 0) + " ms";
    }

    @FXML
    private void onApply() {
        viewModel.refresh();
    }

    @FXML
    private void onClear() {
        viewModel.clearFilters();
    }

    @FXML
    private void onExportCsv() {
        export(RunLogViewModel.ExportFormat.CSV, "runs.csv", "*.csv");
    }

    @FXML
    private void onExportJsonl() {
        export(RunLogViewModel.ExportFormat.JSONL, "runs.jsonl", "*.jsonl");
    }

    private void export(RunLogViewModel.ExportFormat format, String suggested, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("runlog.export"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), pattern));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) viewModel.export(file.toPath(), format);
    }

    private final class StatusCell extends ListCell<RunStatus> {
        @Override
        protected void updateItem(RunStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : statusText(item));
        }
    }
}
