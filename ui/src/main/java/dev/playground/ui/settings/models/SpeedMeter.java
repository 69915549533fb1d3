package dev.playground.ui.settings.models;

/**
 * A download's speed from samples of bytes-so-far taken each frame: measured over at least half a second, smoothed so
 * the figure (and the time left drawn from it) does not jump from frame to frame. Zero until the first half second.
 */
final class SpeedMeter {
    private static final long WINDOW_NANOS = 500_000_000L;
    private long sampleBytes = -1;
    private long sampleNanos;
    private double bytesPerSecond;

    /** Takes a sample; returns the speed in bytes per second (0 while not known yet). */
    double sample(long bytes, long nanos) {
        if (sampleBytes < 0 || bytes < sampleBytes) {
            sampleBytes = bytes;
            sampleNanos = nanos;
        } else if (nanos - sampleNanos >= WINDOW_NANOS) {
            double recent = (bytes - sampleBytes) * 1e9 / (nanos - sampleNanos);
            bytesPerSecond = bytesPerSecond == 0 ? recent : 0.7 * bytesPerSecond + 0.3 * recent;
            sampleBytes = bytes;
            sampleNanos = nanos;
        }
        return bytesPerSecond;
    }

    /** Seconds left at the current speed; -1 when the speed or the total is not known. */
    long secondsLeft(long done, long total) {
        if (bytesPerSecond <= 0 || total <= 0) return -1;
        return Math.round(Math.max(0, total - done) / bytesPerSecond);
    }
}
