package dev.playground.ui.documents;

import dev.playground.engine.context.SearchHit;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The Documents tab (see {@link DocumentsViewModel}); files and folders can also be dropped anywhere on it. */
public final class DocumentsView {
    private final DocumentsViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ComboBox<String> collectionBox;
    @FXML private Button addFilesButton;
    @FXML private Button addFolderButton;
    @FXML private Button reindexButton;
    @FXML private TitledPane settingsPane;
    @FXML private ListView<DocumentsViewModel.FileRow> filesList;
    @FXML private Label fileDetails;
    @FXML private TextField queryField;
    @FXML private ListView<SearchHit> resultsList;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    public DocumentsView(DocumentsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Documents.fxml", i18n);
        root.getStylesheets().add(RunSourcesView.class.getResource("documents.css").toExternalForm());
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        collectionBox.setItems(viewModel.collectionNames());
        collectionBox.valueProperty().bindBidirectional(viewModel.collectionProperty());
        filesList.setItems(viewModel.files());
        filesList.setCellFactory(list -> new FileCell());
        filesList.setPlaceholder(wrapping(i18n.text("documents.files.none")));
        // The view tells the view model what is selected; a binding the other way round would make the
        // view model hold this view's list (and so the whole old window after a language switch).
        viewModel.selectedFileProperty().set(null);
        filesList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedFileProperty().set(now));
        fileDetails.textProperty().bind(Bindings.createStringBinding(() -> details(viewModel.selectedFileProperty().get()),
                viewModel.selectedFileProperty()));
        fileDetails.visibleProperty().bind(viewModel.selectedFileProperty().isNotNull());
        fileDetails.managedProperty().bind(fileDetails.visibleProperty());
        CollectionSettingsView settingsView = new CollectionSettingsView(viewModel.settings(), viewModel::applySettings, i18n);
        settingsPane.setContent(settingsView.root());
        // With no collection chosen there is no summary: the title says so instead of ending on a colon.
        settingsPane.textProperty().bind(Bindings.createStringBinding(() -> {
            String summary = viewModel.settings().summaryProperty().get();
            return summary == null || summary.isBlank() ? i18n.text("documents.settings.titleNone") : i18n.text("documents.settings.title", summary);
        }, viewModel.settings().summaryProperty()));
        resultsList.setItems(viewModel.results());
        resultsList.setCellFactory(list -> new ChunkCell(i18n));
        resultsList.setPlaceholder(wrapping(i18n.text("documents.results.none")));
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.indexingProperty());
        progressBar.managedProperty().bind(viewModel.indexingProperty());
        cancelButton.visibleProperty().bind(viewModel.indexingProperty());
        cancelButton.managedProperty().bind(viewModel.indexingProperty());
        reindexButton.disableProperty().bind(viewModel.indexingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    /** The whole story of one file: where it is, and its chunk count or the full reason it was skipped. */
    private String details(DocumentsViewModel.FileRow row) {
        if (row == null) return "";
        String path = row.folder().isEmpty() ? row.name() : Path.of(row.folder(), row.name()).toString();
        String outcome = row.indexed() ? i18n.text("documents.file.chunks", row.chunks()) : i18n.text("documents.file.skipped", row.message());
        String notes = row.indexed() && !row.message().isEmpty() ? "\n" + row.message() : "";
        return path + "\n" + outcome + notes;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        event.consume();
    }

    private void onDragDropped(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) viewModel.attach(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        event.setDropCompleted(hasFiles);
        event.consume();
    }

    @FXML
    private void onAddFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("documents.addFiles"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("documents.filter.supported"), "*.pdf", "*.docx", "*.pptx", "*.xlsx", "*.odt",
                        "*.html", "*.htm", "*.md", "*.txt", "*.csv"),
                new FileChooser.ExtensionFilter(i18n.text("documents.filter.all"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) viewModel.attach(chosen.stream().map(File::toPath).toList());
    }

    @FXML
    private void onAddFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("documents.addFolder"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) viewModel.attach(List.of(folder.toPath()));
    }

    /** For tests and keyboard users who paste a path: attach without a dialog. */
    public void attach(List<Path> paths) {
        viewModel.attach(paths);
    }

    @FXML
    private void onReindex() {
        viewModel.reindex();
    }

    @FXML
    private void onSearch() {
        viewModel.search();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    private final class FileCell extends ListCell<DocumentsViewModel.FileRow> {
        @Override
        protected void updateItem(DocumentsViewModel.FileRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("file-skipped");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("file-name");
            String text = row.indexed() ? i18n.text("documents.file.chunks", row.chunks()) + (row.message().isEmpty() ? "" : " · " + row.message())
                    : i18n.text("documents.file.skipped", row.message());
            Label detail = new Label(text);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.getStyleClass().add(row.indexed() ? "file-detail" : "file-problem");
            VBox box = new VBox(1, name, detail);
            // Without a width the label never wraps and a long reason is cut off at the list's edge.
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(row.folder().isEmpty() ? text : row.folder() + "\n" + text));
        }
    }

    /** A ranked chunk in a list; shared with the run's sources panel. */
    static final class ChunkCell extends ListCell<SearchHit> {
        private final I18n i18n;

        ChunkCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            setGraphic(empty || hit == null ? null : ChunkCard.of(hit, i18n));
            if (getGraphic() != null) ((javafx.scene.layout.Region) getGraphic()).prefWidthProperty().bind(widthProperty().subtract(24));
        }
    }
}
