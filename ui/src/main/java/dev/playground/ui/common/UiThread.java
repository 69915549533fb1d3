package dev.playground.ui.common;

import javafx.application.Platform;

/** The one named hop onto the JavaFX thread. */
public final class UiThread {
    private UiThread() {}

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        try {
            Platform.runLater(action);
        } catch (IllegalStateException toolkitNeverStarted) {
            // No JavaFX at all in this process (view-model tests with the synchronous executor): there is
            // no FX thread to hop to, so the caller's thread is the only one touching the properties.
            action.run();
        }
    }
}
