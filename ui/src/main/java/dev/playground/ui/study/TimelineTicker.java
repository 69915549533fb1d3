package dev.playground.ui.study;

import dev.playground.ui.common.UiThread;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** The app's exam clock driver: a JavaFX timeline that ticks every 250 ms on the FX thread (the label changes once a second). */
public final class TimelineTicker implements StudyTicker {
    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        Timeline next = new Timeline(new KeyFrame(Duration.millis(250), e -> tick.run()));
        next.setCycleCount(Animation.INDEFINITE);
        timeline = next;
        UiThread.startFrames(next::play);
    }

    @Override
    public void stop() {
        Timeline running = timeline;
        timeline = null;
        if (running != null) UiThread.startFrames(running::stop);
    }
}
