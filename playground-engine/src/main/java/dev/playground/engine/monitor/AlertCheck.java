package dev.playground.engine.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the run log against the user's limits: error rate, p95 latency and thumbs-down share over the last 24 hours,
 * and today's cost (UTC). A share needs at least {@link #MIN_CALLS} calls (or pieces of feedback) before it can alert,
 * so one failed call out of one is not an alarm.
 */
public final class AlertCheck {
    public static final int MIN_CALLS = 5;

    private final MonitorService monitor;

    public AlertCheck(MonitorService monitor) {
        this.monitor = monitor;
    }

    public List<Alert> check(AlertThresholds limits, Instant now) {
        if (limits.isEmpty()) return List.of();
        // Today (UTC) began within the last 24 hours, so its cost is one of the days of that range.
        Figures last24h = monitor.report(new MonitorQuery(now.minus(Duration.ofDays(1)), now.plusMillis(1), null, false)).overall();
        double costToday = last24h.costPerDay().getOrDefault(now.atZone(ZoneOffset.UTC).toLocalDate(), 0.0);
        return evaluate(limits, last24h, costToday);
    }

    /** The limits passed by figures of the last 24 hours and today's cost. */
    static List<Alert> evaluate(AlertThresholds limits, Figures last24h, double costToday) {
        List<Alert> alerts = new ArrayList<>();
        if (limits.errorRate() != null && last24h.requests() >= MIN_CALLS && last24h.errorRate() > limits.errorRate()) {
            alerts.add(new Alert(Alert.Kind.ERROR_RATE, last24h.errorRate(), limits.errorRate()));
        }
        if (limits.p95LatencyMs() != null && last24h.latencyMs().count() >= MIN_CALLS && last24h.latencyMs().p95() > limits.p95LatencyMs()) {
            alerts.add(new Alert(Alert.Kind.P95_LATENCY, last24h.latencyMs().p95(), limits.p95LatencyMs()));
        }
        if (limits.dailyCostUsd() != null && costToday > limits.dailyCostUsd()) {
            alerts.add(new Alert(Alert.Kind.DAILY_COST, costToday, limits.dailyCostUsd()));
        }
        long feedback = last24h.thumbsUp() + last24h.thumbsDown();
        if (limits.thumbsDownRate() != null && feedback >= MIN_CALLS && last24h.thumbsDownRatio() > limits.thumbsDownRate()) {
            alerts.add(new Alert(Alert.Kind.THUMBS_DOWN_RATE, last24h.thumbsDownRatio(), limits.thumbsDownRate()));
        }
        return List.copyOf(alerts);
    }
}
