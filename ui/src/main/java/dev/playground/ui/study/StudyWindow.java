package dev.playground.ui.study;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The study window: one per main window, made on first use and kept afterwards (closing it only hides
 * it, so an exam in progress goes on). It follows the app's theme and language; a language switch
 * rebuilds the view around the same {@link StudyViewModel}, keeping every answer, flag and the clock.
 */
public final class StudyWindow {
    private final Window owner;
    private final StudyViewModel viewModel;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Locale> language;
    private Stage stage;
    private Scene scene;
    private StudyView view;

    public StudyWindow(Window owner, StudyViewModel viewModel, ObjectProperty<Theme> theme, ObjectProperty<Locale> language) {
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

    public Stage stage() {
        return stage;
    }

    public StudyView view() {
        return view;
    }

    private void create() {
        stage = new Stage();
        dev.playground.ui.common.AppIcon.apply(stage);
        if (owner != null) stage.initOwner(owner);
        viewModel.setLocale(language.get());
        view = build();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(view.root(), Math.min(1100, screen.getWidth() * 0.9), Math.min(820, screen.getHeight() * 0.9));
        dev.playground.ui.common.FocusScroll.follow(scene);
        theme.get().apply(scene);
        theme.addListener((obs, old, now) -> now.apply(scene));
        language.addListener((obs, old, now) -> refresh());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (view.handleKey(e)) e.consume();
        });
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(400);
    }

    /** Builds the content again (another language, another text size); the exam and answers live on in the view model. */
    public void refresh() {
        if (scene == null) return;
        viewModel.setLocale(language.get());
        view = build();
        scene.setRoot(view.root());
        theme.get().apply(scene);
    }

    private StudyView build() {
        I18n i18n = new I18n(language.get());
        stage.setTitle(i18n.text("study.window.title"));
        return new StudyView(viewModel, i18n, language);
    }
}
