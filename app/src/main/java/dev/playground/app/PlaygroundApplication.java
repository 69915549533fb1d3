package dev.playground.app;

import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the store, builds the main window, logs time to first frame. */
public final class PlaygroundApplication extends Application {
    private static final Logger STARTUP = LoggerFactory.getLogger("dev.playground.app.startup");
    /** Set by {@link Main} before launch: the services, opening in the background. */
    static volatile CompletableFuture<AppContext> pending;

    private volatile AppContext opened;

    /** The opened services and the saved language and theme, all read off the FX thread. */
    private record Opened(AppContext context, UiServices services, MainViewModel.Preferences preferences) {}

    @Override
    public void start(Stage stage) {
        STARTUP.info("toolkit-ready-ms={}", sinceJvmStart());
        // The store opens (and the preferences are read) on a background thread; the FX thread stays free
        // and builds the window when they are ready.
        pending.thenApply(context -> {
            opened = context;
            UiServices services = new UiServices(context.store(), context.gateway(), context.renderer(), context.tokens(),
                    context.executor(), AppContext.author(), context.collections(), context.priceBook())
                    .withSuiteRuns(new dev.playground.app.cli.WindowSuiteRuns(context))
                    .withLabChecker(new dev.playground.app.study.AppLabChecker(context))
                    .withModelLibrary(context.modelLibrary());
            return new Opened(context, services, MainViewModel.savedPreferences(services.settings(), Locale.getDefault()));
        }).whenComplete((ready, failure) -> Platform.runLater(() -> {
            if (failure != null) cannotOpen(failure);
            else show(stage, ready);
        }));
    }

    private static void show(Stage stage, Opened ready) {
        STARTUP.info("store-ready-ms={}", sinceJvmStart());
        MainViewModel main = new MainViewModel(ready.services(), ready.preferences());
        // Refusals of the offline switch reach the window as messages: word them in the window's language.
        OfflineMode offline = ready.context().offline();
        offline.speakIn(main.languageProperty().get());
        main.languageProperty().addListener((obs, old, now) -> offline.speakIn(now));
        new MainWindow(stage, main);
        STARTUP.info("window-built-ms={}", sinceJvmStart());
        stage.show();
        afterFirstFrame(ready.context());
    }

    private static void cannotOpen(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        Alert alert = new Alert(Alert.AlertType.ERROR, cause.getMessage());
        alert.setHeaderText("Prompt Playground cannot open its data folder");
        alert.showAndWait();
        Platform.exit();
    }

    private static void afterFirstFrame(AppContext context) {
        // A timer runs at the start of a pulse, before that pulse renders: the second call means the first
        // frame has been drawn.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) return;
                stop();
                STARTUP.info("first-frame-ms={}", sinceJvmStart());
                if (Boolean.getBoolean("playground.exitAfterFirstFrame")) {
                    Platform.exit();
                    return;
                }
                // Load the largest token encoding now, off the FX thread, so the first run does not wait for it
                // and the loading does not compete with building the window.
                context.executor().run(() -> context.tokens().count("warm up", "gpt-4o"));
            }
        }.start();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (opened != null) opened.close();
    }
}
