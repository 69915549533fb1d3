package dev.playground.ui.datasets;

import dev.playground.engine.model.Connection;
import dev.playground.engine.dataset.generate.SourcePassage;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ModelBox;
import dev.playground.ui.common.Theme;
import dev.playground.ui.common.ViewLoader;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Generate from documents…" dialog: the choices, progress and stop on top, the rows to review below, "Add to dataset" at the foot. */
public final class GenerateRowsView {
    private final GenerateRowsViewModel viewModel;
    private final I18n i18n;
    private final Function<Connection, CompletableFuture<List<String>>> models;
    private final Parent root;
    private Stage stage;

    @FXML private ComboBox<String> collectionBox;
    @FXML private ComboBox<Connection> connectionBox;
    @FXML private ComboBox<String> modelBox;
    @FXML private Spinner<Integer> countSpinner;
    @FXML private TextField variableField;
    @FXML private Button generateButton;
    @FXML private Button stopButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private TableView<GeneratedCandidate> review;
    @FXML private TextField datasetField;
    @FXML private Button addButton;

    /** {@code models}: the models a connection offers, for the model list (may give an empty list). */
    public GenerateRowsView(GenerateRowsViewModel viewModel, I18n i18n,
                            Function<Connection, CompletableFuture<List<String>>> models) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.models = models;
        this.root = ViewLoader.load(this, "GenerateRows.fxml", i18n);
        root.getStylesheets().add(GenerateRowsView.class.getResource("datasets.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Opens the dialog over {@code owner} (modal to it) and reads the collections and connections. */
    public Stage open(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("generate.title"));
        Scene scene = new Scene(root, 940, 620);
        Theme.of(owner == null ? null : owner.getScene()).apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnHidden(e -> viewModel.cancel());
        stage.show();
        viewModel.load();
        return stage;
    }

    @FXML
    private void initialize() {
        collectionBox.setItems(viewModel.collectionNames());
        collectionBox.valueProperty().bindBidirectional(viewModel.collectionProperty());
        connectionBox.setItems(viewModel.connections());
        connectionBox.valueProperty().bindBidirectional(viewModel.connectionProperty());
        connectionBox.setCellFactory(list -> new NameCell());
        connectionBox.setButtonCell(new NameCell());
        ModelBox.bind(modelBox, viewModel.modelProperty(), viewModel.connectionProperty()::get,
                connection -> connection == null ? CompletableFuture.completedFuture(List.of()) : models.apply(connection));
        countSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                dev.playground.engine.dataset.generate.DatasetGenerator.MAX_COUNT, viewModel.countProperty().get()));
        countSpinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.countProperty().set(now);
        });
        variableField.textProperty().bindBidirectional(viewModel.variableProperty());
        datasetField.textProperty().bindBidirectional(viewModel.datasetProperty());
        generateButton.disableProperty().bind(viewModel.runningProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        addButton.disableProperty().bind(viewModel.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(viewModel.candidates())));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.failedProperty().addListener((obs, old, failed) -> styleMessage(failed));
        review.setItems(viewModel.candidates());
        review.getColumns().setAll(List.of(keepColumn(), questionColumn(), factsColumn(), sourceColumn()));
    }

    private void styleMessage(boolean failed) {
        messageLabel.getStyleClass().remove("failed");
        if (failed) messageLabel.getStyleClass().add("failed");
    }

    private TableColumn<GeneratedCandidate, Boolean> keepColumn() {
        TableColumn<GeneratedCandidate, Boolean> keep = new TableColumn<>(i18n.text("generate.col.keep"));
        keep.setId("generate-col-keep");
        keep.setCellValueFactory(cell -> cell.getValue().keptProperty());
        keep.setCellFactory(CheckBoxTableCell.forTableColumn(keep));
        keep.setEditable(true);
        keep.setSortable(false);
        keep.setPrefWidth(70);
        return keep;
    }

    private TableColumn<GeneratedCandidate, String> questionColumn() {
        TableColumn<GeneratedCandidate, String> question = new TableColumn<>(i18n.text("generate.col.question"));
        question.setId("generate-col-question");
        question.setCellValueFactory(cell -> cell.getValue().rowProperty().map(GenerateRowsViewModel::question));
        question.setCellFactory(column -> new GridTextCell<>());
        question.setOnEditCommit(edit -> viewModel.editQuestion(edit.getRowValue(), edit.getNewValue()));
        question.setSortable(false);
        question.setPrefWidth(300);
        return question;
    }

    private TableColumn<GeneratedCandidate, String> factsColumn() {
        TableColumn<GeneratedCandidate, String> facts = new TableColumn<>();
        Label heading = new Label(i18n.text("generate.col.facts"));
        heading.setTooltip(new Tooltip(i18n.text("datasets.col.list.tooltip")));
        facts.setGraphic(heading);
        facts.setId("generate-col-facts");
        facts.setCellValueFactory(cell -> cell.getValue().rowProperty().map(row -> String.join("\n", row.expectedFacts())));
        facts.setCellFactory(column -> new GridTextCell<>());
        facts.setOnEditCommit(edit -> viewModel.editFacts(edit.getRowValue(), edit.getNewValue()));
        facts.setSortable(false);
        facts.setPrefWidth(300);
        return facts;
    }

    private TableColumn<GeneratedCandidate, String> sourceColumn() {
        TableColumn<GeneratedCandidate, String> source = new TableColumn<>(i18n.text("generate.col.source"));
        source.setId("generate-col-source");
        source.setEditable(false);
        source.setSortable(false);
        source.setPrefWidth(220);
        source.setCellValueFactory(cell -> new ReadOnlyStringWrapper(where(cell.getValue().source())));
        source.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                GeneratedCandidate candidate = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(candidate == null ? null : new Tooltip(candidate.source().text()));
                setWrapText(true);
            }
        });
        return source;
    }

    /** The passage's document and place, in the window's language. */
    String where(SourcePassage passage) {
        if (passage.page() > 0) return i18n.text("generate.source.page", passage.document(), passage.page(), passage.ordinal() + 1);
        if (!passage.heading().isEmpty()) return i18n.text("generate.source.heading", passage.document(), passage.heading(), passage.ordinal() + 1);
        return i18n.text("generate.source.plain", passage.document(), passage.ordinal() + 1);
    }

    @FXML
    private void onGenerate() {
        viewModel.generate();
    }

    @FXML
    private void onStop() {
        viewModel.cancel();
    }

    @FXML
    private void onAdd() {
        viewModel.addToDataset();
    }

    @FXML
    private void onClose() {
        if (stage != null) stage.hide();
    }

    private static final class NameCell extends ListCell<Connection> {
        @Override
        protected void updateItem(Connection item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
