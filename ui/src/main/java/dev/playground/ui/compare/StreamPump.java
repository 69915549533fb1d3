package dev.playground.ui.compare;

import dev.playground.ui.common.UiThread;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.animation.AnimationTimer;

/**
 * One per-frame timer for every streaming cell of a comparison: tokens from any thread wait in
 * their cell, the cell queues itself here once, and each pulse hands every waiting cell its text in
 * a single pass, so six streams cost one batch of updates per frame rather than six timers.
 */
final class StreamPump {
    private final Queue<CellModel> waiting = new ConcurrentLinkedQueue<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };

    void start() {
        UiThread.startFrames(timer::start);
    }

    /** Delivers what is waiting and stops the timer. On the FX thread. */
    void stop() {
        timer.stop();
        drain();
    }

    /** From any thread: {@code cell} has text waiting. */
    void offer(CellModel cell) {
        waiting.add(cell);
    }

    private void drain() {
        for (CellModel cell = waiting.poll(); cell != null; cell = waiting.poll()) cell.flushPending();
    }
}
