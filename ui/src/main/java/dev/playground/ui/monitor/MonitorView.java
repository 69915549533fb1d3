package dev.playground.ui.monitor;

import dev.playground.engine.monitor.Alert;
import dev.playground.engine.monitor.DriftCheck;
import dev.playground.engine.monitor.DriftReport;
import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** The Monitor tab: range and grouping on top, figure tiles, a line over time and bars per group, drift and alerts. */
public final class MonitorView {
    private final MonitorViewModel viewModel;
    private final I18n i18n;
    private final MonitorFormat format;
    private final Parent root;

    @FXML private ComboBox<MonitorViewModel.Range> rangeBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Grouping> groupingBox;
    @FXML private Button refreshButton;
    @FXML private Label alertBadge;
    @FXML private FlowPane tiles;
    @FXML private ComboBox<MonitorViewModel.Metric> metricBox;
    @FXML private LineChart<String, Number> lineChart;
    @FXML private BarChart<String, Number> barChart;
    @FXML private TableView<Figures> groupTable;
    @FXML private ComboBox<String> driftTargetBox;
    @FXML private Button driftButton;
    @FXML private Label driftSummary;
    @FXML private GridPane driftGrid;
    @FXML private TextField errorRateField;
    @FXML private TextField p95Field;
    @FXML private TextField dailyCostField;
    @FXML private TextField thumbsDownField;
    @FXML private VBox alertList;
    @FXML private Label messageLabel;

    public MonitorView(MonitorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.format = new MonitorFormat(i18n);
        this.root = ViewLoader.load(this, "Monitor.fxml", i18n);
        root.getStylesheets().add(MonitorView.class.getResource("monitor.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        rangeBox.getItems().setAll(MonitorViewModel.Range.values());
        cells(rangeBox, r -> i18n.text("monitor.range." + r.name().toLowerCase(Locale.ROOT)));
        rangeBox.valueProperty().bindBidirectional(viewModel.rangeProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.customFromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.customToProperty());
        fromPicker.visibleProperty().bind(rangeBox.valueProperty().isEqualTo(MonitorViewModel.Range.CUSTOM));
        fromPicker.managedProperty().bind(fromPicker.visibleProperty());
        toPicker.visibleProperty().bind(fromPicker.visibleProperty());
        toPicker.managedProperty().bind(fromPicker.visibleProperty());
        groupingBox.getItems().setAll(Grouping.values());
        cells(groupingBox, g -> i18n.text("monitor.by." + g.cliName()));
        groupingBox.valueProperty().bindBidirectional(viewModel.groupingProperty());
        metricBox.getItems().setAll(MonitorViewModel.Metric.values());
        cells(metricBox, m -> i18n.text("monitor.metric." + m.name().toLowerCase(Locale.ROOT)));
        metricBox.valueProperty().bindBidirectional(viewModel.metricProperty());
        errorRateField.textProperty().bindBidirectional(viewModel.errorRateLimitProperty());
        p95Field.textProperty().bindBidirectional(viewModel.p95LimitProperty());
        dailyCostField.textProperty().bindBidirectional(viewModel.dailyCostLimitProperty());
        thumbsDownField.textProperty().bindBidirectional(viewModel.thumbsDownLimitProperty());
        driftTargetBox.setItems(viewModel.driftTargets());
        cells(driftTargetBox, this::driftTargetText);
        driftTargetBox.valueProperty().bindBidirectional(viewModel.driftTargetProperty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        driftButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.reportProperty().isNull()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        columns();
        // Once styled, each column is made at least as wide as its heading in this language (Spanish ones run longer).
        dev.playground.ui.common.TableHeadings.keepWhole(groupTable);
        // The view model outlives this view (a language switch builds a new one): listen weakly.
        ViewListeners listeners = ViewListeners.of(tiles);
        listeners.onChange(viewModel.reportProperty(), (obs, old, now) -> show(now));
        listeners.onChange(viewModel.metricProperty(), (obs, old, now) -> show(viewModel.reportProperty().get()));
        listeners.onChange(viewModel.driftProperty(), (obs, old, now) -> showDrift(now));
        listeners.onChange(viewModel.failedProperty(), (obs, old, now) -> messageLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), now));
        listeners.onListChange(viewModel.alerts(), (ListChangeListener<Alert>) change -> showAlerts());
        showAlerts();
        show(viewModel.reportProperty().get());
        showDrift(viewModel.driftProperty().get());
        if (viewModel.reportProperty().get() == null) viewModel.refresh();
    }

    private void show(MonitorReport report) {
        tiles.getChildren().clear();
        if (report == null) {
            lineChart.getData().clear();
            barChart.getData().clear();
            groupTable.getItems().clear();
            return;
        }
        Figures f = report.overall();
        tile("requests", format.count(f.requests()), f.retried() == 0 ? "" : i18n.text("monitor.tile.retried", f.retried(), f.extraAttempts()));
        tile("errors", format.count(f.errors()) + "  (" + format.percent(f.errorRate()) + ")", kinds(f));
        tile("latency", format.ms(f.latencyMs().p50()), i18n.text("monitor.tile.percentiles", format.ms(f.latencyMs().p95()), format.ms(f.latencyMs().p99())));
        tile("ttft", format.ms(f.ttftMs().p50()), i18n.text("monitor.tile.percentiles", format.ms(f.ttftMs().p95()), format.ms(f.ttftMs().p99())));
        tile("tokens", format.count(f.tokensIn() + f.tokensOut()), i18n.text("monitor.tile.tokensInOut", format.count(f.tokensIn()), format.count(f.tokensOut())));
        tile("cost", f.priced() == 0 ? "–" : format.usd(f.cost()), f.costPerDay().isEmpty() ? ""
                : i18n.text("monitor.tile.perDay", format.usd(f.cost() / Math.max(1, f.costPerDay().size()))));
        tile("feedback", f.thumbsUp() + f.thumbsDown() == 0 ? "–" : format.percent(f.thumbsUpRatio()),
                f.rated() == 0 ? "" : i18n.text("monitor.tile.rating", format.number(f.meanRating()), f.rated()));
        tile("judge", f.judged() == 0 ? "–" : format.number(f.meanJudgeScore()), f.judged() == 0 ? "" : i18n.text("monitor.tile.judged", f.judged()));
        MonitorCharts.line(lineChart, report, viewModel.zone(), viewModel::value, this::metricText, viewModel::openPoint);
        MonitorCharts.bars(barChart, report, viewModel::value);
        groupTable.getItems().setAll(report.groups());
    }

    private String metricText(double value) {
        return switch (viewModel.metricProperty().get()) {
            case REQUESTS, TOKENS -> format.count((long) value);
            case ERROR_RATE -> format.percent(value / 100);
            case LATENCY_P95, TTFT_P95 -> format.ms(value);
            case COST -> format.usd(value);
        };
    }

    private String kinds(Figures f) {
        List<String> parts = new ArrayList<>();
        for (ErrorKind kind : ErrorKind.values()) {
            if (f.errors(kind) > 0) parts.add(i18n.text("monitor.kind." + kind.key()) + " " + format.count(f.errors(kind)));
        }
        return String.join(", ", parts);
    }

    private void tile(String name, String value, String detail) {
        Label label = new Label(i18n.text("monitor.tile." + name));
        label.getStyleClass().add("monitor-tile-label");
        Label big = new Label(value);
        big.getStyleClass().add("monitor-tile-value");
        big.setId("monitor-tile-" + name);
        Label small = new Label(detail);
        small.getStyleClass().add("monitor-tile-detail");
        small.setWrapText(true);
        small.setMaxWidth(220);
        VBox box = new VBox(2, label, big, small);
        box.getStyleClass().add("monitor-tile");
        tiles.getChildren().add(box);
    }

    private void columns() {
        column("monitor.col.group", 180, Figures::key);
        column("monitor.col.requests", 95, f -> format.count(f.requests()));
        column("monitor.col.errors", 75, f -> format.count(f.errors()));
        column("monitor.col.rate", 110, f -> format.percent(f.errorRate()));
        column("monitor.col.p50", 80, f -> format.ms(f.latencyMs().p50()));
        column("monitor.col.p95", 80, f -> format.ms(f.latencyMs().p95()));
        column("monitor.col.p99", 80, f -> format.ms(f.latencyMs().p99()));
        column("monitor.col.tokens", 165, f -> format.count(f.tokensIn()) + " / " + format.count(f.tokensOut()));
        column("monitor.col.cost", 80, f -> f.priced() == 0 ? "–" : format.usd(f.cost()));
    }

    private void column(String key, double width, Function<Figures, String> text) {
        TableColumn<Figures, String> column = new TableColumn<>(i18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        groupTable.getColumns().add(column);
    }

    private void showDrift(DriftReport drift) {
        driftGrid.getChildren().clear();
        if (drift == null) {
            driftSummary.setText(i18n.text("monitor.drift.hint"));
            return;
        }
        driftSummary.setText(drift.after().version() > 0
                ? i18n.text("monitor.drift.summary.version", drift.callsAfter(), drift.after().label(), drift.callsBefore(), drift.before().label())
                : i18n.text("monitor.drift.summary", drift.callsAfter(), drift.callsBefore()));
        int row = 0;
        for (DriftCheck check : drift.checks()) {
            Label verdict = new Label(format.verdict(check.verdict()));
            verdict.setId("monitor-verdict-" + check.measure().name().toLowerCase(Locale.ROOT));
            verdict.getStyleClass().add(switch (check.verdict()) {
                case DRIFTED -> "monitor-verdict-drifted";
                case STABLE -> "monitor-verdict-stable";
                default -> "monitor-verdict-none";
            });
            Label values = new Label(check.verdict() == DriftCheck.Verdict.TOO_FEW_CALLS ? i18n.text("monitor.drift.tooFew") : format.change(check));
            values.setWrapText(true);
            driftGrid.addRow(row++, new Label(format.measure(check.measure())), verdict, values);
        }
    }

    private String driftTargetText(String target) {
        if (target == null || target.equals(MonitorViewModel.PERIOD)) return i18n.text("monitor.drift.target.period");
        int slash = target.lastIndexOf('/');
        int version = Integer.parseInt(target.substring(slash + 1));
        return i18n.text("monitor.drift.target.version", target.substring(0, slash), version, version - 1);
    }

    private void showAlerts() {
        List<Alert> alerts = viewModel.alerts();
        alertBadge.setText(alerts.isEmpty() ? "" : i18n.text("monitor.badge", alerts.size()));
        alertBadge.setVisible(!alerts.isEmpty());
        alertList.getChildren().clear();
        for (Alert alert : alerts) {
            Label line = new Label(format.alert(alert));
            line.getStyleClass().add("monitor-alert-line");
            line.setWrapText(true);
            alertList.getChildren().add(line);
        }
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> factory = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onDrift() {
        viewModel.compareWithPrevious();
    }

    @FXML
    private void onSaveLimits() {
        viewModel.saveLimits();
    }
}
