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

    private AppContext opened;

    @Override
    public void start(Stage stage) {
        STARTUP.info("toolkit-ready-ms={}", sinceJvmStart());
        AppContext context;
        try {
            context = pending.join();
            opened = context;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            Alert alert = new Alert(Alert.AlertType.ERROR, cause.getMessage());
            alert.setHeaderText("Prompt Playground cannot open its data folder");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        UiServices services = new UiServices(context.store(), context.gateway(), context.renderer(), context.tokens(),
                context.executor(), AppContext.author(), context.collections(), context.priceBook());
        STARTUP.info("store-ready-ms={}", sinceJvmStart());
        new MainWindow(stage, new MainViewModel(services, Locale.getDefault()));
        STARTUP.info("window-built-ms={}", sinceJvmStart());
        stage.show();
        afterFirstFrame(context);
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
