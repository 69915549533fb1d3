package dev.playground.ui.main;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.RenderPaths;
import dev.playground.ui.settings.SettingsWindow;
import javafx.scene.Scene;
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
    private SettingsWindow settingsWindow;
    private dev.playground.ui.study.StudyWindow studyWindow;

    public MainWindow(Stage stage, MainViewModel viewModel) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.view = build();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(view.root(), Math.min(1680, screen.getWidth() * 0.96), Math.min(1050, screen.getHeight() * 0.94));
        view.installShortcuts(scene);
        viewModel.themeProperty().get().apply(scene);
        dev.playground.ui.common.FocusScroll.follow(scene);
        viewModel.themeProperty().addListener((obs, old, now) -> now.apply(scene));
        viewModel.languageProperty().addListener((obs, old, now) -> rebuild());
        stage.setScene(scene);
        dev.playground.ui.common.AppIcon.apply(stage);
        stage.setMinWidth(720);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> closeCleanly());
        viewModel.frontRequestsProperty().addListener((obs, old, now) -> stage.toFront());
    }

    /**
     * The drafts are written and marked closed on the executor; the FX thread waits for that (a few
     * milliseconds, at most {@link #CLOSE_WAIT}) only because the process may end right after.
     */
    private void closeCleanly() {
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
