package dev.playground.ui.library;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.io.File;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The export dialog: which prompts and versions, which extra formats, then a folder or a zip. */
public final class BundleExportView {
    private final BundleExportViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private CheckBox selectedOnlyBox;
    @FXML private CheckBox aliasedOnlyBox;
    @FXML private CheckBox scoresBox;
    @FXML private CheckBox promptyBox;
    @FXML private CheckBox mlflowBox;
    @FXML private CheckBox langfuseBox;
    @FXML private CheckBox promptfooBox;
    @FXML private CheckBox dotpromptBox;
    @FXML private CheckBox semanticKernelBox;
    @FXML private CheckBox langchainBox;
    @FXML private CheckBox langchainYamlBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;

    public BundleExportView(BundleExportViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "BundleExport.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    /** Shows the dialog and returns when it is closed. */
    public static void show(Window owner, BundleExportViewModel viewModel, I18n i18n) {
        BundleExportView view = new BundleExportView(viewModel, i18n);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("bundle.export.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(view.root);
        ButtonType toFolder = new ButtonType(i18n.text("bundle.export.toFolder"), ButtonBar.ButtonData.OK_DONE);
        ButtonType toZip = new ButtonType(i18n.text("bundle.export.toZip"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(toFolder, toZip, new ButtonType(i18n.text("bundle.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // Exporting keeps the dialog open, so the person sees where the files went.
        view.onPress(dialog.getDialogPane().lookupButton(toFolder), "bundle-export-folder", view::chooseFolder);
        view.onPress(dialog.getDialogPane().lookupButton(toZip), "bundle-export-zip", view::chooseZip);
        dialog.showAndWait();
    }

    private void onPress(Node button, String id, Runnable action) {
        button.setId(id);
        button.disableProperty().bind(viewModel.busyProperty());
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
    }

    @FXML
    private void initialize() {
        String selected = viewModel.selectedPrompt();
        selectedOnlyBox.setText(selected == null ? i18n.text("bundle.export.selectedNone") : i18n.text("bundle.export.selectedOnly", selected));
        selectedOnlyBox.setDisable(selected == null);
        selectedOnlyBox.selectedProperty().bindBidirectional(viewModel.selectedOnlyProperty());
        aliasedOnlyBox.selectedProperty().bindBidirectional(viewModel.aliasedOnlyProperty());
        scoresBox.selectedProperty().bindBidirectional(viewModel.includeScoresProperty());
        promptyBox.selectedProperty().bindBidirectional(viewModel.promptyProperty());
        mlflowBox.selectedProperty().bindBidirectional(viewModel.mlflowProperty());
        langfuseBox.selectedProperty().bindBidirectional(viewModel.langfuseProperty());
        promptfooBox.selectedProperty().bindBidirectional(viewModel.promptfooProperty());
        dotpromptBox.selectedProperty().bindBidirectional(viewModel.dotpromptProperty());
        semanticKernelBox.selectedProperty().bindBidirectional(viewModel.semanticKernelProperty());
        langchainBox.selectedProperty().bindBidirectional(viewModel.langchainProperty());
        langchainYamlBox.selectedProperty().bindBidirectional(viewModel.langchainYamlProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty().map(status -> i18n.text(status.key(), status.args())));
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(viewModel.busyProperty());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("bundle.export.toFolder"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) viewModel.export(folder.toPath());
    }

    private void chooseZip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("bundle.export.toZip"));
        chooser.setInitialFileName("prompts.zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip", "*.zip"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) return;
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        viewModel.export(name.endsWith(".zip") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".zip"));
    }
}
