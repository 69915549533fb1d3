package dev.playground.ui.settings.models;

import dev.playground.engine.local.RecommendedModel;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Settings > Models: the installed models, add from disk, download from a link or the recommended list, remove. */
public final class ModelsView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ModelsViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private TableView<ModelRow> table;
    @FXML private TableColumn<ModelRow, String> nameColumn;
    @FXML private TableColumn<ModelRow, String> kindColumn;
    @FXML private TableColumn<ModelRow, String> sizeColumn;
    @FXML private TableColumn<ModelRow, String> usedByColumn;
    @FXML private TableColumn<ModelRow, String> fileColumn;
    @FXML private Button removeButton;
    @FXML private Label folderLabel;
    @FXML private Label messageLabel;
    @FXML private TextField urlField;
    @FXML private TextField shaField;
    @FXML private Button downloadButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button cancelButton;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private VBox recommendedBox;

    public ModelsView(ModelsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        viewModel.setI18n(i18n);
        this.root = ViewLoader.load(this, "Models.fxml", i18n);
        root.getStylesheets().add(ModelsView.class.getResource("models.css").toExternalForm());
        viewModel.refresh();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.models());
        column(nameColumn, ModelRow::name);
        column(kindColumn, row -> viewModel.kindText(row.kind()));
        column(sizeColumn, row -> viewModel.sizeText(row.sizeBytes()));
        column(usedByColumn, row -> row.problem() != null ? row.problem()
                : row.connection() != null ? row.connection() : i18n.text("models.usedBy.none"));
        column(fileColumn, row -> row.file().toString());
        Label empty = new Label(i18n.text("models.empty"));
        empty.setWrapText(true);
        empty.setMinHeight(Label.USE_PREF_SIZE);
        table.setPlaceholder(empty);
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ModelRow row, boolean emptyRow) {
                super.updateItem(row, emptyRow);
                String warning = row == null || emptyRow ? null : row.problem() != null ? row.problem() : row.memoryWarning();
                setTooltip(warning == null ? null : new Tooltip(warning));
                pseudoClassStateChanged(ERROR, warning != null);
            }
        });
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        folderLabel.setText(i18n.text("models.folder", viewModel.folder()));

        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        messageLabel.pseudoClassStateChanged(ERROR, viewModel.errorProperty().get());
        viewModel.errorProperty().addListener((obs, old, now) -> messageLabel.pseudoClassStateChanged(ERROR, now));

        urlField.textProperty().bindBidirectional(viewModel.urlProperty());
        shaField.textProperty().bindBidirectional(viewModel.sha256Property());
        ModelDownloads downloads = viewModel.downloads();
        ObservableValue<ModelDownloads.State> state = downloads.stateProperty();
        var running = Bindings.createBooleanBinding(() -> state.getValue() == ModelDownloads.State.RUNNING, state);
        var stopped = Bindings.createBooleanBinding(() -> state.getValue() == ModelDownloads.State.PAUSED
                || state.getValue() == ModelDownloads.State.FAILED, state);
        downloadButton.disableProperty().bind(running.or(stopped).or(urlField.textProperty().isEmpty()));
        pauseButton.disableProperty().bind(running.not());
        resumeButton.disableProperty().bind(stopped.not());
        cancelButton.disableProperty().bind(running.not().and(stopped.not()));
        progressBar.progressProperty().bind(downloads.progressProperty());
        progressBar.visibleProperty().bind(running.or(stopped));
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        statusLabel.textProperty().bind(downloads.statusProperty());
        progressBox.visibleProperty().bind(downloads.statusProperty().isNotEmpty());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        statusLabel.pseudoClassStateChanged(ERROR, state.getValue() == ModelDownloads.State.FAILED);
        state.addListener((obs, old, now) -> statusLabel.pseudoClassStateChanged(ERROR, now == ModelDownloads.State.FAILED));

        for (RecommendedModel model : viewModel.recommended()) recommendedBox.getChildren().add(recommendedRow(model, running.or(stopped)));
    }

    private HBox recommendedRow(RecommendedModel model, javafx.beans.binding.BooleanExpression busy) {
        Label title = new Label(model.title());
        title.getStyleClass().add("recommended-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label facts = new Label(viewModel.describe(model));
        facts.getStyleClass().add("models-muted");
        facts.setWrapText(true);
        facts.setMinHeight(Label.USE_PREF_SIZE);
        VBox text = new VBox(2, title, facts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button download = new Button(i18n.text("models.recommended.download"), new org.kordamp.ikonli.javafx.FontIcon("fth-download"));
        download.setId("recommended-" + model.id());
        download.setMinWidth(Button.USE_PREF_SIZE);
        download.setTooltip(new Tooltip(i18n.text("models.recommended.download.tooltip")));
        download.disableProperty().bind(busy);
        download.setOnAction(e -> viewModel.download(model));
        HBox row = new HBox(10, text, download);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("recommended-row");
        return row;
    }

    private static void column(TableColumn<ModelRow, String> column, Function<ModelRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    @FXML
    private void onAdd() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("models.add.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("models.add.filter"), "*.gguf", "*.onnx"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) viewModel.addFromDisk(file.toPath());
    }

    @FXML
    private void onRemove() {
        ModelRow chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null) return;
        ButtonType remove = new ButtonType(i18n.text("models.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, viewModel.removeQuestion(chosen), remove, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle(i18n.text("models.remove.title"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("model-remove-confirm");
        confirm.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == remove) viewModel.remove(chosen);
    }

    @FXML
    private void onDownload() {
        viewModel.download();
    }

    @FXML
    private void onPause() {
        viewModel.downloads().pause();
    }

    @FXML
    private void onResume() {
        viewModel.downloads().resume();
    }

    @FXML
    private void onCancel() {
        viewModel.downloads().cancel();
    }
}
