package dev.playground.ui.documents;

import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The settings form of a collection (see {@link CollectionSettingsViewModel}); Apply is handled by the Documents tab. */
public final class CollectionSettingsView {
    private final CollectionSettingsViewModel viewModel;
    private final Runnable apply;
    private final I18n i18n;
    private final Parent root;

    @FXML private ComboBox<ChunkingSettings.Unit> splitterBox;
    @FXML private javafx.scene.control.CheckBox contextCheck;
    @FXML private Label sizeLabel;
    @FXML private Spinner<Integer> sizeSpinner;
    @FXML private Spinner<Integer> overlapSpinner;
    @FXML private ComboBox<CollectionSettingsViewModel.EmbeddingOption> embeddingBox;
    @FXML private VBox modelBox;
    @FXML private TextField modelField;
    @FXML private TextField formatField;
    @FXML private Spinner<Integer> topKSpinner;
    @FXML private TextField minScoreField;
    @FXML private Label problemLabel;

    public CollectionSettingsView(CollectionSettingsViewModel viewModel, Runnable apply, I18n i18n) {
        this.viewModel = viewModel;
        this.apply = apply;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "CollectionSettings.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        splitterBox.getItems().setAll(ChunkingSettings.Unit.values());
        splitterBox.setCellFactory(list -> new UnitCell());
        splitterBox.setButtonCell(new UnitCell());
        splitterBox.valueProperty().bindBidirectional(viewModel.splitterProperty());
        sizeSpinner.setValueFactory(bound(20, 20_000, 50, viewModel.sizeProperty()));
        overlapSpinner.setValueFactory(bound(0, 10_000, 10, viewModel.overlapProperty()));
        contextCheck.selectedProperty().bindBidirectional(viewModel.searchContextProperty());
        contextCheck.setTooltip(new javafx.scene.control.Tooltip(i18n.text("documents.settings.context.tip")));
        embeddingBox.setItems(viewModel.embeddingOptions());
        embeddingBox.valueProperty().bindBidirectional(viewModel.embeddingOptionProperty());
        modelField.textProperty().bindBidirectional(viewModel.embeddingModelProperty());
        modelBox.visibleProperty().bind(viewModel.embeddingOptionProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> viewModel.embeddingOptionProperty().get() != null
                        && !viewModel.embeddingOptionProperty().get().connectionId().isEmpty(), viewModel.embeddingOptionProperty())));
        modelBox.managedProperty().bind(modelBox.visibleProperty());
        formatField.textProperty().bindBidirectional(viewModel.chunkFormatProperty());
        topKSpinner.setValueFactory(bound(1, 200, 1, viewModel.topKProperty()));
        minScoreField.textProperty().bindBidirectional(viewModel.minScoreProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        sizeLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.text(
                viewModel.splitterProperty().get() == ChunkingSettings.Unit.TOKENS ? "documents.settings.size.tokens" : "documents.settings.size"),
                viewModel.splitterProperty()));
    }

    /** A spinner whose value follows the property both ways; typed text is committed on focus loss. */
    private static SpinnerValueFactory<Integer> bound(int min, int max, int step, javafx.beans.property.IntegerProperty property) {
        FollowingFactory factory = new FollowingFactory(min, max, property.get(), step);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) property.set(now);
        });
        // The view model outlives this view: it holds the factory's listener weakly; the factory keeps it.
        factory.follow = (obs, old, now) -> factory.setValue(now.intValue());
        property.addListener(new javafx.beans.value.WeakChangeListener<>(factory.follow));
        return factory;
    }

    private static final class FollowingFactory extends SpinnerValueFactory.IntegerSpinnerValueFactory {
        private javafx.beans.value.ChangeListener<Number> follow;

        FollowingFactory(int min, int max, int initial, int step) {
            super(min, max, initial, step);
        }
    }

    @FXML
    private void onApply() {
        commitSpinners();
        apply.run();
    }

    @FXML
    private void onReset() {
        viewModel.resetToDefaults();
    }

    /** An edited spinner only takes its typed text on Enter; Apply should not lose it. */
    private void commitSpinners() {
        for (Spinner<Integer> spinner : java.util.List.of(sizeSpinner, overlapSpinner, topKSpinner)) {
            String typed = spinner.getEditor().getText();
            try {
                spinner.getValueFactory().setValue(Integer.parseInt(typed.strip()));
            } catch (NumberFormatException e) {
                spinner.getEditor().setText(String.valueOf(spinner.getValue()));
            }
        }
    }

    private final class UnitCell extends ListCell<ChunkingSettings.Unit> {
        @Override
        protected void updateItem(ChunkingSettings.Unit unit, boolean empty) {
            super.updateItem(unit, empty);
            setText(empty || unit == null ? null : i18n.text(CollectionSettingsViewModel.unitKey(unit)));
        }
    }
}
