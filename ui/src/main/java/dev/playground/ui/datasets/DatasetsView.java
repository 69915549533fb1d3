package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetSummary;
import dev.playground.engine.dataset.DatasetVersionInfo;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;

/** The Datasets tab: datasets and versions on the left, the open version as an editable grid on the right. */
public final class DatasetsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DatasetsViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ListView<DatasetSummary> datasetList;
    @FXML private ListView<DatasetVersionInfo> versionList;
    @FXML private TextField nameField;
    @FXML private Label openedLabel;
    @FXML private Button saveButton;
    @FXML private Button generateButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private TableView<DatasetRow> table;
    @FXML private Label messageLabel;

    public DatasetsView(DatasetsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Datasets.fxml", i18n);
        root.getStylesheets().add(DatasetsView.class.getResource("datasets.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        DatasetGridModel grid = viewModel.grid();
        datasetList.setItems(viewModel.datasets());
        datasetList.setCellFactory(list -> new TextCell<>(d -> i18n.text("datasets.list.item", d.name(), d.latestVersion(), d.rowCount())));
        datasetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.showVersions(now.name());
        });
        versionList.setItems(viewModel.versions());
        versionList.setCellFactory(list -> new TextCell<>(v -> i18n.text("datasets.version.item", v.version(), v.rowCount(),
                TIME.format(v.createdAt()), v.commitMessage())));
        versionList.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) openSelectedVersion();
        });
        versionList.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) openSelectedVersion();
        });
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        ViewListeners.of(openedLabel).onChange(viewModel.openedFromProperty(), (obs, old, now) -> showOpened());
        ViewListeners.of(openedLabel).onChange(grid.dirtyProperty(), (obs, old, now) -> showOpened());
        showOpened();

        table.setItems(grid.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::onTableKey);
        ViewListeners.of(table).onListChange(grid.inputColumns(), change -> buildColumns());
        buildColumns();

        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        duplicateButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        undoButton.disableProperty().bind(grid.canUndoProperty().not());
        redoButton.disableProperty().bind(grid.canRedoProperty().not());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        generateButton.setDisable(viewModel.generation() == null);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ViewListeners.of(messageLabel).onChange(viewModel.failedProperty(), (obs, old, failed) -> styleMessage(failed));
        styleMessage(viewModel.failedProperty().get());
        viewModel.refresh();
    }

    private void styleMessage(boolean failed) {
        messageLabel.getStyleClass().remove("failed");
        if (failed) messageLabel.getStyleClass().add("failed");
    }

    private void showOpened() {
        String from = viewModel.openedFromProperty().get();
        String text = from.isEmpty() ? i18n.text("datasets.opened.none") : i18n.text("datasets.opened.from", from);
        if (viewModel.grid().dirtyProperty().get()) text += " · " + i18n.text("datasets.unsaved");
        openedLabel.setText(text);
    }

    private void buildColumns() {
        TableColumn<DatasetRow, String> number = new TableColumn<>("#");
        number.setEditable(false);
        number.setSortable(false);
        number.setPrefWidth(44 * dev.playground.ui.common.Theme.fontScale());
        number.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.getStyleClass().add("row-number");
        List<TableColumn<DatasetRow, ?>> columns = new java.util.ArrayList<>();
        columns.add(number);
        for (String input : viewModel.grid().inputColumns()) columns.add(column(GridColumn.input(input), input, 160));
        columns.add(column(GridColumn.EXPECTED_RESPONSE, i18n.text("datasets.col.expected"), 220));
        columns.add(column(GridColumn.EXPECTED_FACTS, i18n.text("datasets.col.facts"), 200));
        columns.add(column(GridColumn.GUIDELINES, i18n.text("datasets.col.guidelines"), 200));
        columns.add(column(GridColumn.TAGS, i18n.text("datasets.col.tags"), 120));
        columns.add(column(GridColumn.METADATA, i18n.text("datasets.col.metadata"), 200));
        table.getColumns().setAll(columns);
    }

    private TableColumn<DatasetRow, String> column(GridColumn gridColumn, String header, double width) {
        TableColumn<DatasetRow, String> column = new TableColumn<>(header);
        column.setUserData(gridColumn);
        column.setId("col-" + gridColumn.kind().name().toLowerCase(java.util.Locale.ROOT) + (gridColumn.kind() == GridColumn.Kind.INPUT
                ? "-" + gridColumn.name() : ""));
        column.setPrefWidth(width * dev.playground.ui.common.Theme.fontScale());
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(GridCells.text(cell.getValue(), gridColumn)));
        column.setCellFactory(c -> new GridTextCell<>());
        column.setOnEditCommit(edit -> viewModel.grid().setCell(edit.getTablePosition().getRow(), gridColumn, edit.getNewValue()));
        String tip = switch (gridColumn.kind()) {
            case EXPECTED_FACTS, GUIDELINES -> i18n.text("datasets.col.list.tooltip");
            case TAGS -> i18n.text("datasets.col.tags.tooltip");
            case METADATA -> i18n.text("datasets.col.metadata.tooltip");
            default -> null;
        };
        if (tip != null) {
            Label heading = new Label(header);
            heading.setTooltip(new javafx.scene.control.Tooltip(tip));
            column.setText(null);
            column.setGraphic(heading);
        }
        if (gridColumn.kind() == GridColumn.Kind.INPUT) {
            MenuItem remove = new MenuItem(i18n.text("datasets.column.remove", gridColumn.name()));
            remove.setOnAction(e -> viewModel.grid().removeColumn(gridColumn.name()));
            column.setContextMenu(new ContextMenu(remove));
        }
        return column;
    }

    private void onTableKey(KeyEvent key) {
        if (table.getEditingCell() != null) return;
        boolean shortcut = key.isShortcutDown();
        if (shortcut && key.getCode() == KeyCode.V) onPaste();
        else if (shortcut && key.getCode() == KeyCode.Z && key.isShiftDown()) onRedo();
        else if (shortcut && key.getCode() == KeyCode.Z) onUndo();
        else if (shortcut && key.getCode() == KeyCode.Y) onRedo();
        else if (shortcut && key.getCode() == KeyCode.D) onDuplicate();
        else if (key.getCode() == KeyCode.DELETE && !shortcut) onDelete();
        else if (key.getCode() == KeyCode.F2 || key.getCode() == KeyCode.ENTER) editFocused();
        else return;
        key.consume();
    }

    private void editFocused() {
        var focused = table.getFocusModel().getFocusedCell();
        if (focused != null && focused.getRow() >= 0 && focused.getTableColumn() != null) {
            table.edit(focused.getRow(), focused.getTableColumn());
        }
    }

    private List<Integer> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedIndices());
    }

    private void openSelectedVersion() {
        DatasetVersionInfo version = versionList.getSelectionModel().getSelectedItem();
        if (version != null && confirmDiscard()) viewModel.open(version.name(), version.version());
    }

    private boolean confirmDiscard() {
        if (!viewModel.grid().dirtyProperty().get()) return true;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("datasets.discard.confirm"), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setHeaderText(null);
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @FXML
    private void onNew() {
        if (confirmDiscard()) viewModel.newDataset();
    }

    @FXML
    private void onAddRow() {
        int at = viewModel.grid().addRow(table.getSelectionModel().getSelectedIndex() + 1 > 0
                ? table.getSelectionModel().getSelectedIndex() + 1 : -1);
        table.getSelectionModel().clearAndSelect(at);
        table.scrollTo(at);
    }

    @FXML
    private void onDuplicate() {
        viewModel.grid().duplicate(selectedRows());
    }

    @FXML
    private void onDelete() {
        viewModel.grid().delete(selectedRows());
    }

    @FXML
    private void onAddColumn() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(i18n.text("datasets.column.add"));
        ask.setHeaderText(null);
        ask.setContentText(i18n.text("datasets.column.name"));
        ask.showAndWait().ifPresent(viewModel::addColumn);
    }

    @FXML
    private void onPaste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) return;
        viewModel.paste(clipboard.getString(), table.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onUndo() {
        viewModel.grid().undo();
    }

    @FXML
    private void onRedo() {
        viewModel.grid().redo();
    }

    @FXML
    private void onImport() {
        File file = chooser(i18n.text("datasets.import")).showOpenDialog(root.getScene().getWindow());
        if (file != null) viewModel.importFile(file.toPath());
    }

    @FXML
    private void onExport() {
        FileChooser chooser = chooser(i18n.text("datasets.export"));
        String name = viewModel.nameProperty().get();
        chooser.setInitialFileName((name == null || name.isBlank() ? "dataset" : name.strip()) + ".csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) viewModel.exportFile(file.toPath());
    }

    @FXML
    private void onGenerate() {
        GenerateRowsViewModel review = viewModel.newGeneration();
        if (review != null) new GenerateRowsView(review, i18n, viewModel.generation().models()).open(root.getScene().getWindow());
    }

    @FXML
    private void onSave() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(i18n.text("datasets.save"));
        ask.setHeaderText(i18n.text("datasets.save.header", viewModel.nameProperty().get()));
        ask.setContentText(i18n.text("datasets.save.message"));
        Optional<String> message = ask.showAndWait();
        message.ifPresent(viewModel::saveVersion);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("datasets.format.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(i18n.text("datasets.format.jsonl"), "*.jsonl"),
                new FileChooser.ExtensionFilter(i18n.text("datasets.format.mlflow"), "*.json"),
                new FileChooser.ExtensionFilter(i18n.text("datasets.format.promptfoo"), "*.yaml", "*.yml"));
        return chooser;
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;

        TextCell(java.util.function.Function<T, String> text) {
            this.text = text;
            // Long names and messages wrap instead of widening the list.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
