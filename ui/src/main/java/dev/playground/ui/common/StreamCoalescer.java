package dev.playground.ui.common;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Collects streamed text from any thread and hands it to the UI once per frame, so a fast
 * stream costs one text update per pulse instead of one {@code runLater} per token.
 */
public final class StreamCoalescer {
    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> sink;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };

    /** {@code sink} runs on the FX thread with the text that arrived since the last frame. */
    public StreamCoalescer(Consumer<String> sink) {
        this.sink = sink;
    }

    public void start() {
        UiThread.startFrames(timer::start);
    }

    /** Safe from any thread. */
    public void append(String text) {
        synchronized (pending) {
            pending.append(text);
        }
    }

    /** Delivers what is pending now and stops the per-frame timer. Call on the FX thread. */
    public void stop() {
        timer.stop();
        flush();
    }

    private void flush() {
        String chunk;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            chunk = pending.toString();
            pending.setLength(0);
        }
        sink.accept(chunk);
    }
}
