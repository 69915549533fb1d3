package dev.playground.ui.main;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.RenderPaths;
import dev.playground.ui.settings.SettingsWindow;
import javafx.scene.Scene;
import java.util.List;
import javafx.stage.Stage;

/**
 * Puts the main view into a stage and rebuilds it when the language changes; the view models
 * (and so everything typed) survive the rebuild.
 */
public final class MainWindow {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);
    private static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(5);
    private final Stage stage;
    private final MainViewModel viewModel;
    private final Scene scene;
    private MainView view;
    /** The window's place the last time it was not maximised. */
    private WindowPlace lastNormal;
    private SettingsWindow settingsWindow;
    private dev.playground.ui.study.StudyWindow studyWindow;

    public MainWindow(Stage stage, MainViewModel viewModel) {
        this.stage = stage;
        this.viewModel = viewModel;
        if (!Double.isNaN(viewModel.textScaleProperty().get())) dev.playground.ui.common.Theme.useFontScale(viewModel.textScaleProperty().get());
        this.view = build();
        WindowPlace place = WindowPlace.choose(viewModel.savedPlace(),
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).sorted(primaryFirst()).toList());
        this.scene = new Scene(view.root(), place.width(), place.height());
        view.installShortcuts(scene);
        viewModel.themeProperty().get().apply(scene);
        dev.playground.ui.common.FocusScroll.follow(scene);
        viewModel.themeProperty().addListener((obs, old, now) -> now.apply(scene));
        viewModel.languageProperty().addListener((obs, old, now) -> rebuild());
        // Another text size (Settings > Appearance): every window is built again at it, as for another language.
        viewModel.textScaleProperty().addListener((obs, old, now) -> {
            dev.playground.ui.common.Theme.useFontScale(now.doubleValue());
            rebuild();
            if (settingsWindow != null) settingsWindow.refresh();
            if (studyWindow != null) studyWindow.refresh();
        });
        stage.setScene(scene);
        dev.playground.ui.common.AppIcon.apply(stage);
        // Smaller than 1024×700 (the size every view is checked at) only when the screen is.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(WindowPlace.minWidth(screen));
        stage.setMinHeight(WindowPlace.minHeight(screen));
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        stage.setOnCloseRequest(e -> closeCleanly());
        viewModel.frontRequestsProperty().addListener((obs, old, now) -> stage.toFront());
        lastNormal = place.maximized() ? new WindowPlace(place.x(), place.y(), place.width(), place.height(), false) : null;
        javafx.beans.InvalidationListener moved = obs -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                lastNormal = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) property.addListener(moved);
    }

    /**
     * The drafts are written and marked closed on the executor; the FX thread waits for that (a few
     * milliseconds, at most {@link #CLOSE_WAIT}) only because the process may end right after.
     */
    private static java.util.Comparator<javafx.geometry.Rectangle2D> primaryFirst() {
        var primary = javafx.stage.Screen.getPrimary().getVisualBounds();
        return java.util.Comparator.comparing(bounds -> !bounds.equals(primary));
    }

    private void closeCleanly() {
        try {
            // A maximised window keeps the size it had before, so un-maximising at the next start gives it back.
            boolean maximized = stage.isMaximized();
            WindowPlace place = lastNormal == null ? null : new WindowPlace(lastNormal.x(), lastNormal.y(), lastNormal.width(), lastNormal.height(), maximized);
            java.util.concurrent.CompletableFuture<Void> kept = place == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : viewModel.keepPlace(place);
            kept.get(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("The window's place could not be kept: {}", e.getMessage());
        }
        try {
            viewModel.closeCleanly().get(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // The drafts stay marked open: the next start restores them and says so.
            LOG.warn("The drafts could not be written at close: {}", e.getMessage());
        }
    }

    private MainView build() {
        I18n i18n = new I18n(viewModel.languageProperty().get());
        viewModel.playground().setI18n(i18n);
        if (viewModel.documents() != null) viewModel.documents().setI18n(i18n);
        viewModel.datasets().setI18n(i18n);
        viewModel.evaluate().setI18n(i18n);
        viewModel.compare().setI18n(i18n);
        stage.setTitle(i18n.text("app.title"));
        return new MainView(viewModel, i18n, this::openSettings, this::openStudy);
    }

    private void rebuild() {
        view = build();
        scene.setRoot(view.root());
        scene.getAccelerators().clear();
        view.installShortcuts(scene);
        viewModel.themeProperty().get().apply(scene);
        // JavaFX's painter may keep a render path into the old view until some busy frame: let go of it.
        RenderPaths.releaseAfterNextFrames(scene);
    }

    /** Opens (or brings forward) the settings window; one per main window. */
    public void openSettings() {
        if (settingsWindow == null) {
            settingsWindow = new SettingsWindow(stage, viewModel.settings(), viewModel.themeProperty(), viewModel.languageProperty());
        }
        settingsWindow.show();
    }

    /** Opens (or brings forward) the study window; one per main window, its exam going on while it is hidden. */
    public void openStudy() {
        if (studyWindow == null) {
            studyWindow = new dev.playground.ui.study.StudyWindow(stage, viewModel.study(), viewModel.themeProperty(), viewModel.languageProperty());
        }
        studyWindow.show();
    }

    /** Null until first opened. */
    public SettingsWindow settingsWindow() {
        return settingsWindow;
    }

    /** Null until first opened. */
    public dev.playground.ui.study.StudyWindow studyWindow() {
        return studyWindow;
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }
}
