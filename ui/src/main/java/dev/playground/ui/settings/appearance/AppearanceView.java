package dev.playground.ui.settings.appearance;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Settings > Appearance: binds {@link AppearanceViewModel} to its controls. */
public final class AppearanceView {
    private final AppearanceViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ComboBox<Integer> sizeBox;
    @FXML private Label environmentNote;

    public AppearanceView(AppearanceViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Appearance.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sizeBox.setItems(viewModel.choices());
        sizeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : i18n.text("appearance.percent", percent);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        sizeBox.setValue(viewModel.percentProperty().get());
        // The whole window is rebuilt at the new size: the choice is handed on once the box has closed.
        sizeBox.setOnAction(event -> {
            Integer chosen = sizeBox.getValue();
            if (chosen != null) javafx.application.Platform.runLater(() -> viewModel.percentProperty().set(chosen));
        });
        var asked = viewModel.environmentPercent();
        environmentNote.setText(asked.isPresent() ? i18n.text("appearance.textSize.environment", asked.getAsInt()) : "");
        environmentNote.setVisible(asked.isPresent());
        environmentNote.setManaged(asked.isPresent());
    }
}
