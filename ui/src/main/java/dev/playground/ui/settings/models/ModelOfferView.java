package dev.playground.ui.settings.models;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import dev.playground.ui.settings.models.ModelOfferViewModel.Stage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The first-launch note under the main toolbar: the offer, then the download's progress, then "ready". */
public final class ModelOfferView {
    private final ModelOfferViewModel viewModel;
    private final I18n i18n;
    private final Runnable showSettings;
    private final Parent root;

    @FXML private javafx.scene.layout.HBox bar;
    @FXML private Label text;
    @FXML private ProgressBar progress;
    @FXML private Button downloadButton;
    @FXML private Button notNowButton;
    @FXML private Button showButton;
    @FXML private Button closeButton;

    /** {@code showSettings} opens Settings > Models. */
    public ModelOfferView(ModelOfferViewModel viewModel, I18n i18n, Runnable showSettings) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.showSettings = showSettings;
        this.root = ViewLoader.load(this, "ModelOffer.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var stage = viewModel.stageProperty();
        ModelDownloads downloads = viewModel.models().downloads();
        bar.visibleProperty().bind(stage.isNotEqualTo(Stage.HIDDEN));
        bar.managedProperty().bind(bar.visibleProperty());
        text.textProperty().bind(Bindings.createStringBinding(() -> viewModel.text(i18n), stage, downloads.statusProperty()));
        BooleanBinding offered = stage.isEqualTo(Stage.OFFERED);
        BooleanBinding downloading = stage.isEqualTo(Stage.DOWNLOADING);
        show(downloadButton, offered);
        show(notNowButton, offered);
        show(showButton, downloading);
        show(closeButton, stage.isEqualTo(Stage.READY));
        show(progress, downloading);
        progress.progressProperty().bind(downloads.progressProperty());
    }

    private static void show(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void onDownload() {
        viewModel.accept();
    }

    @FXML
    private void onNotNow() {
        viewModel.decline();
    }

    @FXML
    private void onShow() {
        showSettings.run();
    }

    @FXML
    private void onClose() {
        viewModel.close();
    }
}
