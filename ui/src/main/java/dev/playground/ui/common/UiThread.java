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

    /**
     * Starts per-frame work (an {@code AnimationTimer}) on the FX thread. Without JavaFX in the process
     * (plain view-model tests) there are no frames, so nothing starts; whoever stops the timer delivers
     * what is pending then.
     */
    public static void startFrames(Runnable start) {
        if (Platform.isFxApplicationThread()) {
            start.run();
            return;
        }
        try {
            Platform.runLater(start);
        } catch (IllegalStateException toolkitNeverStarted) {
            // no frames without a toolkit
        }
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
