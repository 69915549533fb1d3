package dev.playground.ui.common;

import javafx.application.Platform;

/** The one named hop onto the JavaFX thread. */
public final class UiThread {
    private static final ThreadLocal<Boolean> STAND_IN = ThreadLocal.withInitial(() -> false);

    private UiThread() {}

    /**
     * For plain JUnit view-model tests: from now on this thread plays the FX thread, so hops made on
     * it run at once even when an earlier test in the same JVM started JavaFX. Undo with {@link #endStandIn()}.
     */
    public static void standInOnThisThread() {
        STAND_IN.set(true);
    }

    public static void endStandIn() {
        STAND_IN.remove();
    }

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread() || STAND_IN.get()) {
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
