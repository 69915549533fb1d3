package dev.playground.ui.compare;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.store.ComparisonRepository;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The compare view: a toolbar, the grid of variant columns × variable rows, and a status line. */
public final class CompareView {
    /** Six columns of this width, the row headers and the library sidebar fit on a 1440-pixel screen. */
    static final double COLUMN_WIDTH = Math.round(160 * dev.playground.ui.common.Theme.fontScale());
    /** Columns share the free width up to this (lines longer than this read badly). */
    static final double MAX_COLUMN_WIDTH = Math.round(640 * dev.playground.ui.common.Theme.fontScale());
    static final double ROW_HEADER_WIDTH = 140;

    private final CompareViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private Button runAllButton;
    @FXML private Button stopButton;
    @FXML private Spinner<Integer> samplesSpinner;
    @FXML private TextField metricsField;
    @FXML private Tooltip metricsTooltip;
    @FXML private MenuButton judgesMenu;
    @FXML private javafx.scene.control.CheckBox markdownToggle;
    @FXML private MenuButton openMenu;
    @FXML private ScrollPane gridScroll;
    @FXML private GridPane grid;
    @FXML private Label statusLabel;
    @FXML private Label agreementLabel;

    public CompareView(CompareViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        viewModel.setI18n(i18n);
        this.root = ViewLoader.load(this, "Compare.fxml", i18n);
        root.getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        samplesSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10, viewModel.samplesProperty().get()));
        samplesSpinner.valueProperty().addListener((obs, old, now) -> viewModel.samplesProperty().set(now));
        metricsField.textProperty().bindBidirectional(viewModel.scoring().metricsProperty());
        metricsTooltip.setText(i18n.text("compare.metrics.tooltip", MetricSpecs.HELP));
        buildJudgesMenu();
        markdownToggle.selectedProperty().bindBidirectional(viewModel.markdownProperty());
        Viewports.renderUncached(gridScroll);
        stopButton.disableProperty().bind(viewModel.runs().runningProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        agreementLabel.textProperty().bind(viewModel.agreementProperty());
        openMenu.setOnShowing(e -> viewModel.archive().refreshSaved());
        // Filled now, so that with nothing saved yet the menu says so rather than opening empty.
        rebuildOpenMenu();
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly.
        ViewListeners listeners = ViewListeners.of(grid);
        listeners.onListChange(viewModel.archive().savedComparisons(), (ListChangeListener<ComparisonRepository.Summary>) c -> rebuildOpenMenu());
        listeners.onListChange(viewModel.columns(), (ListChangeListener<VariantColumn>) c -> rebuildGrid());
        listeners.onListChange(viewModel.rows(), (ListChangeListener<VariableRowModel>) c -> rebuildGrid());
        grid.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            viewModel.grid().refreshVariables();
            viewModel.refreshPromptChoices();
        });
        rebuildGrid();
    }

    private void buildJudgesMenu() {
        for (String id : CompareScoring.RUBRICS) {
            CheckMenuItem item = new CheckMenuItem(i18n.text("compare.rubric." + id));
            item.selectedProperty().bindBidirectional(viewModel.scoring().rubricProperty(id));
            judgesMenu.getItems().add(item);
        }
        TextField guideline = new TextField();
        guideline.setPromptText(i18n.text("compare.guideline.prompt"));
        guideline.textProperty().bindBidirectional(viewModel.scoring().guidelineProperty());
        TextField judgeModel = new TextField();
        judgeModel.setPromptText(i18n.text("compare.judgeModel.prompt"));
        judgeModel.textProperty().bindBidirectional(viewModel.scoring().judgeModelProperty());
        CustomMenuItem fields = new CustomMenuItem(new VBox(4, new Label(i18n.text("compare.guideline")), guideline,
                new Label(i18n.text("compare.judgeModel")), judgeModel), false);
        judgesMenu.getItems().add(fields);
        MenuItem editPrompts = new MenuItem(i18n.text("compare.judgePrompts.open"));
        editPrompts.setId("editJudgePrompts");
        editPrompts.setOnAction(e -> new JudgePromptsDialog(viewModel, i18n).show(root.getScene().getWindow()));
        judgesMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), editPrompts);
        // The button says how many judges Run all will ask, so the choice shows with the menu closed.
        javafx.beans.Observable[] rubrics = CompareScoring.RUBRICS.stream().map(id -> viewModel.scoring().rubricProperty(id)).toArray(javafx.beans.Observable[]::new);
        judgesMenu.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.text("compare.judges.on",
                CompareScoring.RUBRICS.stream().filter(id -> viewModel.scoring().rubricProperty(id).get()).count()), rubrics));
    }

    private void rebuildOpenMenu() {
        openMenu.getItems().clear();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        for (ComparisonRepository.Summary summary : viewModel.archive().savedComparisons()) {
            MenuItem item = new MenuItem(summary.title() + " · " + format.format(summary.updatedAt()));
            item.setOnAction(e -> viewModel.open(summary.id()));
            openMenu.getItems().add(item);
        }
        if (openMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.text("compare.open.none"));
            none.setDisable(true);
            openMenu.getItems().add(none);
        }
    }

    /** Columns or rows changed: lay the grid out again (cell state lives in the view model, so nothing is lost). */
    private void rebuildGrid() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        // The row headers keep their width; the variant columns share what is left (a scroll bar only past their least).
        javafx.scene.layout.ColumnConstraints headers = new javafx.scene.layout.ColumnConstraints();
        headers.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(headers);
        for (int c = 0; c < viewModel.columns().size(); c++) {
            javafx.scene.layout.ColumnConstraints variant = new javafx.scene.layout.ColumnConstraints(COLUMN_WIDTH, COLUMN_WIDTH, MAX_COLUMN_WIDTH);
            variant.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            variant.setFillWidth(true);
            grid.getColumnConstraints().add(variant);
        }
        Node hint = cornerHint();
        grid.add(hint, 0, 0);
        // With no variant yet, the hint has the whole width rather than the row headers' column.
        if (viewModel.columns().isEmpty()) GridPane.setColumnSpan(hint, GridPane.REMAINING);
        for (int c = 0; c < viewModel.columns().size(); c++) {
            VariantColumn column = viewModel.columns().get(c);
            grid.add(new VariantHeader(viewModel, column, i18n).root(), c + 1, 0);
        }
        for (int r = 0; r < viewModel.rows().size(); r++) {
            VariableRowModel row = viewModel.rows().get(r);
            grid.add(new RowHeader(viewModel, row, i18n).root(), 0, r + 1);
            for (int c = 0; c < viewModel.columns().size(); c++) {
                VariantColumn column = viewModel.columns().get(c);
                grid.add(new CellView(viewModel, column, row, i18n).root(), c + 1, r + 1);
            }
        }
    }

    private Node cornerHint() {
        Label hint = new Label();
        hint.textProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.columns()))
                .then(i18n.text("compare.empty")).otherwise(i18n.text("compare.corner")));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        if (viewModel.columns().isEmpty()) {
            hint.setId("compare-empty-hint");
            hint.setMaxWidth(560);
            hint.setPrefWidth(560);
            hint.getStyleClass().add("compare-empty-hint");
        } else {
            hint.setPrefWidth(ROW_HEADER_WIDTH);
        }
        return hint;
    }

    @FXML
    private void onRunAll() {
        viewModel.runs().runAll();
    }

    @FXML
    private void onStop() {
        viewModel.runs().stop();
    }

    @FXML
    private void onAddVariant() {
        viewModel.grid().addVariant();
    }

    @FXML
    private void onAddRow() {
        viewModel.grid().addRow();
    }

    @FXML
    private void onSave() {
        if (viewModel.titleProperty().get().isBlank()) {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(i18n.text("compare.title.default"));
            ask.initOwner(root.getScene().getWindow());
            dev.playground.ui.common.Theme.adopt(ask.getDialogPane(), root.getScene().getWindow());
            // Says what saving keeps and where it comes back, rather than a bare question.
            ask.setHeaderText(i18n.text("compare.save.hint"));
            ask.setTitle(i18n.text("compare.save"));
            ask.setContentText(i18n.text("compare.title"));
            ask.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> viewModel.titleProperty().set(t.strip()));
            if (viewModel.titleProperty().get().isBlank()) return;
        }
        viewModel.save();
    }

    @FXML
    private void onDiff() {
        new DiffDialog(viewModel, i18n).show(root.getScene().getWindow());
    }

    @FXML
    private void onExportCsv() {
        export(CompareArchive.ExportFormat.CSV, "csv");
    }

    @FXML
    private void onExportJson() {
        export(CompareArchive.ExportFormat.JSON, "json");
    }

    @FXML
    private void onExportHtml() {
        export(CompareArchive.ExportFormat.HTML, "html");
    }

    private void export(CompareArchive.ExportFormat format, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("compare.export"));
        String name = viewModel.titleProperty().get().isBlank() ? "comparison" : viewModel.titleProperty().get().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        chooser.setInitialFileName(name + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) viewModel.export(format, file.toPath());
    }

    GridPane grid() {
        return grid;
    }

    ScrollPane gridScroll() {
        return gridScroll;
    }
}
