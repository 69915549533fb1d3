package dev.playground.ui.settings;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The settings window: one per main window, created on first use, reused afterwards. Follows the app's
 * theme and language while open; its tab view models live in {@link SettingsViewModel}.
 */
public final class SettingsWindow {
    private final Window owner;
    private final SettingsViewModel viewModel;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Locale> language;
    private Stage stage;
    private SettingsView view;

    public SettingsWindow(Window owner, SettingsViewModel viewModel, ObjectProperty<Theme> theme, ObjectProperty<Locale> language) {
        this.owner = owner;
        this.viewModel = viewModel;
        this.theme = theme;
        this.language = language;
    }

    public void show() {
        if (stage == null) create();
        stage.show();
        stage.toFront();
    }

    /** Opens the window on the tab with this id. */
    public void show(String tabId) {
        show();
        view.select(tabId);
    }

    /** Null until first shown. */
    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private void create() {
        stage = new Stage();
        dev.playground.ui.common.AppIcon.apply(stage);
        stage.initOwner(owner);
        view = build();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1000, screen.getWidth() * 0.9), Math.min(780, screen.getHeight() * 0.9));
        dev.playground.ui.common.FocusScroll.follow(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::hide);
        theme.get().apply(scene);
        theme.addListener((obs, old, now) -> now.apply(scene));
        language.addListener((obs, old, now) -> refresh());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    /** Builds the content again (another language, another text size), on the tab it showed. */
    public void refresh() {
        if (stage == null) return;
        String shown = viewModel.selectedTabProperty().get();
        view = build();
        stage.getScene().setRoot(view.root());
        theme.get().apply(stage.getScene());
        // Once the new tabs are laid out: they would otherwise open on the first one.
        javafx.application.Platform.runLater(() -> {
            viewModel.selectedTabProperty().set(shown);
            view.select(shown);
        });
    }

    private SettingsView build() {
        I18n i18n = new I18n(language.get());
        stage.setTitle(i18n.text("settings.title"));
        return new SettingsView(viewModel, i18n, () -> stage.hide());
    }
}
