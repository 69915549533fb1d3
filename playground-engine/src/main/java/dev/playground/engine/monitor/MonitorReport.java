package dev.playground.engine.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The figures of a time range: {@code overall}, one {@link Figures} per group (most requests first) when the
 * query named a grouping, and the points over time (oldest first, one per step, empty steps included) when
 * it asked for them.
 */
public record MonitorReport(MonitorQuery query, Figures overall, List<Figures> groups, List<Point> series) {
    public MonitorReport {
        groups = List.copyOf(groups);
        series = List.copyOf(series);
    }

    /** One step of the range and its figures. */
    public record Point(Instant start, Instant end, Figures figures) {}
}
