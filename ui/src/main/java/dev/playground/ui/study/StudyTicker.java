package dev.playground.ui.study;

/**
 * What makes the mock exam's clock move: once a second on the JavaFX thread in the app
 * ({@link TimelineTicker}), by hand in view-model tests. The time itself is read from a
 * {@link java.time.Clock}, so a tick only says "look at the clock again".
 */
public interface StudyTicker {
    /** A ticker that never ticks (the clock is then read only when the student acts). */
    StudyTicker NONE = new StudyTicker() {
        @Override
        public void start(Runnable tick) {}

        @Override
        public void stop() {}
    };

    /** Calls {@code tick} regularly until {@link #stop}; starting again replaces the previous action. */
    void start(Runnable tick);

    void stop();
}
