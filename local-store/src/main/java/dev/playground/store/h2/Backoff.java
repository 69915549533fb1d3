package dev.playground.store.h2;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Waits a little longer after each busy try (with jitter, so waiting processes do not collide again), up to a deadline. */
final class Backoff {
    private final long deadline;
    private long nextMillis = 20;

    Backoff(Duration patience) {
        this.deadline = System.nanoTime() + patience.toNanos();
    }

    /** Sleeps before the next try; false when the deadline has passed and the caller should give up. */
    boolean pause() {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) return false;
        long sleep = Math.min(left, nextMillis / 2 + ThreadLocalRandom.current().nextLong(nextMillis / 2 + 1));
        nextMillis = Math.min(nextMillis * 2, 800);
        try {
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
