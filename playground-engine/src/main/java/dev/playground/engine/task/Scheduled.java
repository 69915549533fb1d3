package dev.playground.engine.task;

/** Work planned for later; {@link #cancel()} stops it if it has not started yet. */
@FunctionalInterface
public interface Scheduled {
    void cancel();
}
