package dev.playground.store;

import java.time.Instant;

/** A run or comparison that used a prompt version; {@code refId} is the owning feature's own identifier. */
public record VersionUsage(String promptName, int version, Kind kind, String refId, String label, Instant usedAt) {
    public enum Kind { RUN, COMPARISON }
}
