package dev.playground.ui.common;

import javafx.application.Platform;

/** The one named hop onto the JavaFX thread. */
public final class UiThread {
    private UiThread() {}

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) action.run();
        else Platform.runLater(action);
    }
}
