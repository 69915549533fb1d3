package dev.playground.ui.library;

import dev.playground.engine.bundle.FileReport;
import dev.playground.store.ImportChange;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The import dialog: pick or drop a bundle or prompt file, see every file's report and what will change, then import. */
public final class BundleImportView {
    private final BundleImportViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private javafx.scene.layout.VBox content;
    @FXML private Button folderButton;
    @FXML private Button fileButton;
    @FXML private Label sourceLabel;
    @FXML private javafx.scene.control.CheckBox allOrNothingBox;
    @FXML private ListView<FileReport> reportList;
    @FXML private ListView<ImportChange> changeList;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;

    public BundleImportView(BundleImportViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "BundleImport.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    /** Shows the dialog and returns when it is closed. */
    public static void show(Window owner, BundleImportViewModel viewModel, I18n i18n) {
        BundleImportView view = new BundleImportView(viewModel, i18n);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("bundle.import.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(view.root);
        ButtonType importType = new ButtonType(i18n.text("bundle.import.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, new ButtonType(i18n.text("bundle.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node importButton = dialog.getDialogPane().lookupButton(importType);
        importButton.setId("bundle-import-apply");
        importButton.disableProperty().bind(viewModel.canImportProperty().not().or(viewModel.busyProperty()));
        // Importing keeps the dialog open, so the person sees what was written.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importNow();
        });
        view.folderButton.requestFocus();
        dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        sourceLabel.textProperty().bind(viewModel.sourceProperty().map(path -> path.toString()).orElse(i18n.text("bundle.import.none")));
        statusLabel.textProperty().bind(viewModel.statusProperty().map(status -> i18n.text(status.key(), status.args())));
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(viewModel.busyProperty());
        folderButton.disableProperty().bind(viewModel.busyProperty());
        fileButton.disableProperty().bind(viewModel.busyProperty());
        allOrNothingBox.selectedProperty().bindBidirectional(viewModel.allOrNothingProperty());
        allOrNothingBox.disableProperty().bind(viewModel.busyProperty());
        reportList.setItems(viewModel.reports());
        reportList.setPlaceholder(new Label(i18n.text("bundle.import.noFiles")));
        reportList.setCellFactory(list -> new ReportCell());
        changeList.setItems(viewModel.changes());
        changeList.setPlaceholder(new Label(i18n.text("bundle.import.noChanges")));
        changeList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImportChange item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.text("bundle.import.change." + item.kind().name().toLowerCase(java.util.Locale.ROOT),
                        item.promptName(), item.incomingVersion(), item.storeVersion(), item.subject(), item.previousVersion()));
            }
        });
        content.setOnDragOver(this::acceptFiles);
        content.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            if (!files.isEmpty()) viewModel.read(files.get(0).toPath());
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && !viewModel.busyProperty().get()) event.acceptTransferModes(TransferMode.COPY);
        event.consume();
    }

    @FXML
    private void onChooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("bundle.import.folder"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) viewModel.read(folder.toPath());
    }

    @FXML
    private void onChooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("bundle.import.file"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("bundle.import.fileTypes"), "*.zip", "*.prompty", "*.prompt", "*.yaml", "*.yml", "*.json", "*.txt"),
                new FileChooser.ExtensionFilter(i18n.text("bundle.import.allFiles"), "*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) viewModel.read(file.toPath());
    }

    /**
     * A file and what reading it did: read, left out or refused, then its notes under "Kept as-is", "Approximated",
     * "Dropped" and "Notes" (the engine's {@link FileReport#notesByKind()}), so what arrived intact shows at a glance.
     */
    private final class ReportCell extends ListCell<FileReport> {
        @Override
        protected void updateItem(FileReport item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("bundle-refused");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String headKey = switch (item.status()) {
                case READ -> "bundle.import.fileRead";
                case SKIPPED -> "bundle.import.fileSkipped";
                case REFUSED -> "bundle.import.fileRefused";
            };
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);
            box.getChildren().add(line(i18n.text(headKey, item.path(), item.format()), "bundle-file"));
            if (item.status() == FileReport.Status.READ) {
                item.notesByKind().forEach((kind, notes) -> {
                    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
                    javafx.scene.control.Label heading = line(i18n.text("bundle.import.kind." + name, notes.size()), "bundle-kind", "bundle-kind-" + name);
                    heading.setId("import-kind-" + name);
                    box.getChildren().add(heading);
                    for (String note : notes) box.getChildren().add(line(note, "bundle-note"));
                });
            } else {
                for (String message : item.messages()) box.getChildren().add(line(message, "bundle-note"));
            }
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            setGraphic(box);
            setPrefWidth(0);
            if (item.refused()) getStyleClass().add("bundle-refused");
        }

        private javafx.scene.control.Label line(String text, String... styles) {
            javafx.scene.control.Label label = new javafx.scene.control.Label(text);
            label.setWrapText(true);
            label.getStyleClass().addAll(styles);
            return label;
        }
    }
}
