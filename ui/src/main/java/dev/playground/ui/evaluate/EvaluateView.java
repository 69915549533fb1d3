package dev.playground.ui.evaluate;

import dev.playground.engine.compare.AgreementMatrix;
import dev.playground.engine.compare.CellFeedback;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ToolCallLines;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

/** The Evaluate tab: run a suite, read the matrix of rows × variants, one cell's details, history and agreement. */
public final class EvaluateView {
    private final EvaluateViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private Label suiteLabel;
    @FXML private TextField baselineField;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private ProgressBar progressBar;
    @FXML private ToggleButton showAll;
    @FXML private ToggleButton showFailures;
    @FXML private ToggleButton showChanged;
    @FXML private TableView<EvalMatrix.Line> matrixTable;
    @FXML private Label cellTitle;
    @FXML private Label cellVerdict;
    @FXML private TextArea outputArea;
    @FXML private ListView<EvalCell.Check> checksList;
    @FXML private ToggleButton thumbUp;
    @FXML private ToggleButton thumbDown;
    @FXML private ComboBox<Integer> ratingBox;
    @FXML private TextArea suiteEditor;
    @FXML private LineChart<Number, Number> historyChart;
    @FXML private NumberAxis versionAxis;
    @FXML private Label kappaLabel;
    @FXML private GridPane confusionGrid;
    @FXML private TableView<java.util.Map.Entry<String, AgreementMatrix>> judgeTable;
    @FXML private Label messageLabel;

    public EvaluateView(EvaluateViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Evaluate.fxml", i18n);
        root.getStylesheets().add(EvaluateView.class.getResource("/dev/playground/ui/datasets/datasets.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ViewListeners listeners = ViewListeners.of(matrixTable);
        listeners.onChange(viewModel.suiteFileProperty(), (obs, old, now) -> showSuite());
        showSuite();
        baselineField.textProperty().bindBidirectional(viewModel.baselineProperty());
        suiteEditor.textProperty().bindBidirectional(viewModel.suiteTextProperty());
        runButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.suiteFileProperty().isNull()));
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));

        ToggleGroup filters = new ToggleGroup();
        List.of(showAll, showFailures, showChanged).forEach(t -> t.setToggleGroup(filters));
        filters.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            viewModel.matrix().filterProperty().set(now == showFailures ? EvalMatrix.Filter.FAILURES
                    : now == showChanged ? EvalMatrix.Filter.CHANGED : EvalMatrix.Filter.ALL);
        });

        matrixTable.setItems(viewModel.matrix().shown());
        matrixTable.getSelectionModel().setCellSelectionEnabled(true);
        listeners.onListChange(viewModel.matrix().variants(), change -> buildColumns());
        buildColumns();
        matrixTable.getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<javafx.scene.control.TablePosition>)
                change -> selectFromTable());

        checksList.setCellFactory(list -> new CheckCell());
        listeners.onChange(viewModel.selectedProperty(), (obs, old, now) -> showCell(now));
        showCell(viewModel.selectedProperty().get());
        ratingBox.getItems().setAll(null, 1, 2, 3, 4, 5);
        ratingBox.setOnAction(e -> {
            if (!updatingFeedback) viewModel.rate(ratingBox.getValue());
        });
        listeners.onInvalidated(viewModel.feedback().given(), obs -> showFeedback(viewModel.selectedProperty().get()));

        listeners.onListChange(viewModel.history(), change -> showHistory());
        showHistory();
        listeners.onChange(viewModel.feedback().agreementProperty(), (obs, old, now) -> showAgreement(now));
        showAgreement(viewModel.feedback().agreementProperty().get());
        judgeColumns();
        listeners.onChange(viewModel.feedback().perJudgeProperty(), (obs, old, now) -> showPerJudge(now));
        showPerJudge(viewModel.feedback().perJudgeProperty().get());

        messageLabel.textProperty().bind(viewModel.messageProperty());
        listeners.onChange(viewModel.failedProperty(), (obs, old, now) -> styleMessage(now));
        styleMessage(viewModel.failedProperty().get());
    }

    private boolean updatingFeedback;

    private void styleMessage(boolean failed) {
        messageLabel.getStyleClass().remove("failed");
        if (failed) messageLabel.getStyleClass().add("failed");
    }

    private void showSuite() {
        var file = viewModel.suiteFileProperty().get();
        suiteLabel.setText(file == null ? i18n.text("evaluate.suite.none") : file.getFileName().toString());
    }

    private void buildColumns() {
        List<TableColumn<EvalMatrix.Line, ?>> columns = new ArrayList<>();
        TableColumn<EvalMatrix.Line, String> rowColumn = new TableColumn<>(i18n.text("evaluate.col.row"));
        rowColumn.setPrefWidth(220);
        rowColumn.setSortable(false);
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>((c.getValue().row() + 1) + ". " + c.getValue().label()));
        columns.add(rowColumn);
        List<String> variants = viewModel.matrix().variants();
        for (int i = 0; i < variants.size(); i++) {
            int variant = i;
            TableColumn<EvalMatrix.Line, EvalCell> column = new TableColumn<>(variants.get(i));
            column.setId("variant-" + i);
            column.setPrefWidth(150);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(variant)));
            column.setCellFactory(c -> new MatrixCell(i18n));
            columns.add(column);
        }
        matrixTable.getColumns().setAll(columns);
    }

    private void selectFromTable() {
        var cells = matrixTable.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) return;
        var position = cells.getFirst();
        int variant = matrixTable.getColumns().indexOf(position.getTableColumn()) - 1;
        if (position.getRow() < 0 || position.getRow() >= matrixTable.getItems().size() || variant < 0) return;
        viewModel.select(matrixTable.getItems().get(position.getRow()).row(), variant);
    }

    private void showCell(EvalCell cell) {
        boolean none = cell == null;
        thumbUp.setDisable(none);
        thumbDown.setDisable(none);
        ratingBox.setDisable(none);
        if (none) {
            cellTitle.setText(i18n.text("evaluate.cell.none"));
            cellVerdict.setText("");
            outputArea.setText("");
            checksList.getItems().clear();
            showFeedback(null);
            return;
        }
        String variant = cell.variant() < viewModel.matrix().variants().size() ? viewModel.matrix().variants().get(cell.variant()) : "";
        EvalMatrix.Line line = cell.row() < viewModel.matrix().lines().size() ? viewModel.matrix().lines().get(cell.row()) : null;
        cellTitle.setText(i18n.text("evaluate.cell.title", cell.row() + 1, line == null ? "" : line.label(), variant));
        cellVerdict.setText(MatrixCell.verdict(i18n, cell) + (cell.reason().isEmpty() ? "" : " · " + cell.reason()));
        cellVerdict.getStyleClass().removeAll("eval-pass", "eval-fail", "eval-error");
        cellVerdict.getStyleClass().add(MatrixCell.styleOf(cell));
        String shown = cell.status() == EvalCell.Status.ERROR ? cell.error() : cell.output();
        // A prompt with tools: its calls follow the answer, each with its arguments, answer and source.
        if (!cell.toolCalls().isEmpty()) {
            shown = (shown.isEmpty() ? "" : shown + "\n\n") + ToolCallLines.compact(cell.toolCalls(), i18n).lines().findFirst().orElse("")
                    + "\n" + ToolCallLines.details(cell.toolCalls(), i18n);
        }
        outputArea.setText(shown);
        checksList.getItems().setAll(cell.checks());
        showFeedback(cell);
    }

    private void showFeedback(EvalCell cell) {
        updatingFeedback = true;
        CellFeedback given = cell == null ? null : viewModel.feedback().of(cell.row(), cell.variant());
        thumbUp.setSelected(given != null && given.thumb() == CellFeedback.Thumb.UP);
        thumbDown.setSelected(given != null && given.thumb() == CellFeedback.Thumb.DOWN);
        ratingBox.setValue(given == null ? null : given.rating());
        updatingFeedback = false;
    }

    private void showHistory() {
        var byMetric = new java.util.LinkedHashMap<String, javafx.scene.chart.XYChart.Series<Number, Number>>();
        var passRate = new javafx.scene.chart.XYChart.Series<Number, Number>();
        passRate.setName(i18n.text("evaluate.history.passrate"));
        for (SuiteRuns.PastRun run : viewModel.history()) {
            passRate.getData().add(new javafx.scene.chart.XYChart.Data<>(run.promptVersion(), run.passRate() * 100));
            run.metrics().forEach((name, value) -> byMetric.computeIfAbsent(name, n -> {
                var series = new javafx.scene.chart.XYChart.Series<Number, Number>();
                series.setName(n);
                return series;
            }).getData().add(new javafx.scene.chart.XYChart.Data<>(run.promptVersion(), value * 100)));
        }
        List<javafx.scene.chart.XYChart.Series<Number, Number>> all = new ArrayList<>();
        all.add(passRate);
        all.addAll(byMetric.values());
        historyChart.getData().setAll(all);
        historyChart.setTitle(viewModel.history().isEmpty() ? i18n.text("evaluate.history.empty")
                : i18n.text("evaluate.history.title", viewModel.promptProperty().get()));
    }

    private void showAgreement(AgreementMatrix matrix) {
        double kappa = matrix.kappa();
        kappaLabel.setText(matrix.compared() == 0 ? i18n.text("evaluate.agreement.none")
                : i18n.text("evaluate.agreement.kappa", Double.isNaN(kappa) ? "—" : String.format(i18n.locale(), "%.2f", kappa),
                matrix.compared(), percent(matrix.observed())));
        confusionGrid.getChildren().clear();
        confusionGrid.add(new Label(""), 0, 0);
        confusionGrid.add(header("evaluate.agreement.person.pass"), 1, 0);
        confusionGrid.add(header("evaluate.agreement.person.fail"), 2, 0);
        confusionGrid.add(header("evaluate.agreement.judge.pass"), 0, 1);
        confusionGrid.add(header("evaluate.agreement.judge.fail"), 0, 2);
        confusionGrid.add(count(matrix.bothPass(), "evaluate-confusion-tp"), 1, 1);
        confusionGrid.add(count(matrix.judgePassPersonFail(), "evaluate-confusion-fp"), 2, 1);
        confusionGrid.add(count(matrix.judgeFailPersonPass(), "evaluate-confusion-fn"), 1, 2);
        confusionGrid.add(count(matrix.bothFail(), "evaluate-confusion-tn"), 2, 2);
    }

    private void judgeColumns() {
        dev.playground.ui.common.Wrapping.placeholder(judgeTable, i18n.text("evaluate.agreement.perJudge.empty"));
        dev.playground.ui.common.TableHeadings.keepWhole(judgeTable);
        judgeColumn("evaluate.agreement.col.judge", 150, e -> e.getKey());
        judgeColumn("evaluate.agreement.col.compared", 100, e -> String.valueOf(e.getValue().compared()));
        judgeColumn("evaluate.agreement.col.agreed", 125, e -> percent(e.getValue().observed()));
        judgeColumn("evaluate.agreement.col.kappa", 80, e -> Double.isNaN(e.getValue().kappa()) ? "—"
                : String.format(i18n.locale(), "%.2f", e.getValue().kappa()));
        judgeColumn("evaluate.agreement.col.tp", 145, e -> String.valueOf(e.getValue().bothPass()));
        judgeColumn("evaluate.agreement.col.fp", 110, e -> String.valueOf(e.getValue().judgePassPersonFail()));
        judgeColumn("evaluate.agreement.col.fn", 90, e -> String.valueOf(e.getValue().judgeFailPersonPass()));
        judgeColumn("evaluate.agreement.col.tn", 155, e -> String.valueOf(e.getValue().bothFail()));
    }

    private void judgeColumn(String key, double width, java.util.function.Function<java.util.Map.Entry<String, AgreementMatrix>, String> text) {
        TableColumn<java.util.Map.Entry<String, AgreementMatrix>, String> column = new TableColumn<>(i18n.text(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        judgeTable.getColumns().add(column);
    }

    private void showPerJudge(java.util.Map<String, AgreementMatrix> perJudge) {
        judgeTable.getItems().setAll(new java.util.TreeMap<>(perJudge).entrySet());
    }

    private String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(i18n.locale(), "es".equals(i18n.locale().getLanguage()) ? "%.0f %%" : "%.0f%%", share * 100);
    }

    private Label header(String key) {
        Label label = new Label(i18n.text(key));
        label.getStyleClass().add("datasets-heading");
        return label;
    }

    private static Label count(int value, String id) {
        Label label = new Label(String.valueOf(value));
        label.setId(id);
        return label;
    }

    @FXML
    private void onOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("evaluate.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("evaluate.format.suite"), "*.yaml", "*.yml"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) viewModel.openSuite(file.toPath());
    }

    @FXML
    private void onRun() {
        viewModel.run();
    }

    @FXML
    private void onStop() {
        viewModel.cancel();
    }

    @FXML
    private void onThumbUp() {
        viewModel.thumb(CellFeedback.Thumb.UP);
    }

    @FXML
    private void onThumbDown() {
        viewModel.thumb(CellFeedback.Thumb.DOWN);
    }

    private final class CheckCell extends ListCell<EvalCell.Check> {
        @Override
        protected void updateItem(EvalCell.Check check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("eval-pass", "eval-fail", "eval-error");
            if (empty || check == null) {
                setText(null);
                return;
            }
            String mark = check.passed() == null ? i18n.text("evaluate.check.notrun") : check.passed() ? "✓" : "✗";
            String who = check.judge() ? i18n.text("evaluate.check.judge") + " " : "";
            setText(mark + " " + who + check.name() + " (" + i18n.number(check.score(), 2, 2) + ")"
                    + (check.reason().isEmpty() ? "" : "\n" + check.reason()));
            setWrapText(true);
            setPrefWidth(0);
            getStyleClass().add(check.passed() == null ? "eval-error" : check.passed() ? "eval-pass" : "eval-fail");
        }
    }
}
