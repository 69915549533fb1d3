package dev.playground.engine.provider;

import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Per-connection admission: at most N requests in flight and M started per rolling minute. */
final class ConnectionLimiter {
    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long POLL_MILLIS = 25;

    private final Semaphore inFlight;
    private final int perMinute;
    private final ArrayDeque<Long> recentStarts = new ArrayDeque<>();

    ConnectionLimiter(int maxConcurrent, int perMinute) {
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.perMinute = perMinute;
    }

    /** Waits for a slot; returns false if {@code abandoned} became true while waiting. */
    boolean acquire(BooleanSupplier abandoned) throws InterruptedException {
        while (!inFlight.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (abandoned.getAsBoolean()) return false;
        }
        while (true) {
            long waitNanos = reserveStart();
            if (waitNanos == 0) return true;
            if (abandoned.getAsBoolean()) {
                inFlight.release();
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(waitNanos))));
        }
    }

    void release() {
        inFlight.release();
    }

    /** Records a start and returns 0, or returns how long until the oldest start leaves the window. */
    private synchronized long reserveStart() {
        if (perMinute == 0) return 0;
        long now = System.nanoTime();
        while (!recentStarts.isEmpty() && now - recentStarts.peekFirst() >= MINUTE_NANOS) recentStarts.pollFirst();
        if (recentStarts.size() < perMinute) {
            recentStarts.addLast(now);
            return 0;
        }
        return MINUTE_NANOS - (now - recentStarts.peekFirst());
    }
}
