package dev.playground.engine.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time range [{@code from}, {@code to}), an optional grouping (null: overall figures only) and whether to
 * split the range into points over time for charts (by 5 minutes up to two hours, by hour up to two days, by day beyond).
 */
public record MonitorQuery(Instant from, Instant to, Grouping by, boolean series) {
    public MonitorQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) throw new IllegalArgumentException("The range must start before it ends.");
    }

    /** The width of one point over time. */
    public Duration step() {
        Duration length = Duration.between(from, to);
        if (length.compareTo(Duration.ofHours(2)) <= 0) return Duration.ofMinutes(5);
        return length.compareTo(Duration.ofDays(2)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
    }
}
