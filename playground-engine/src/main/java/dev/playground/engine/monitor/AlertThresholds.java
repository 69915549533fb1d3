package dev.playground.engine.monitor;

/**
 * The limits a person sets for alerts; null turns one off. {@code errorRate} and {@code thumbsDownRate} are shares
 * (0-1) over the last 24 hours, {@code p95LatencyMs} the p95 latency over the last 24 hours, {@code dailyCostUsd}
 * what today's calls (UTC) cost.
 */
public record AlertThresholds(Double errorRate, Double p95LatencyMs, Double dailyCostUsd, Double thumbsDownRate) {
    public static final AlertThresholds NONE = new AlertThresholds(null, null, null, null);

    public AlertThresholds {
        share(errorRate, "The error rate limit");
        share(thumbsDownRate, "The thumbs-down limit");
        positive(p95LatencyMs, "The p95 latency limit");
        positive(dailyCostUsd, "The daily cost limit");
    }

    /** The settings key the limits are kept under. */
    public static final String SETTINGS_KEY = "monitor.alerts";

    /** As kept in the settings: {@code errorRate=0.05;p95LatencyMs=3000} (limits left out are off). */
    public String format() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (errorRate != null) parts.add("errorRate=" + errorRate);
        if (p95LatencyMs != null) parts.add("p95LatencyMs=" + p95LatencyMs);
        if (dailyCostUsd != null) parts.add("dailyCostUsd=" + dailyCostUsd);
        if (thumbsDownRate != null) parts.add("thumbsDownRate=" + thumbsDownRate);
        return String.join(";", parts);
    }

    /** Reads {@link #format()}'s text; what cannot be read is left off. */
    public static AlertThresholds parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        for (String part : text.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) continue;
            try {
                values.put(pair[0].strip(), Double.parseDouble(pair[1].strip()));
            } catch (NumberFormatException e) {
                // a hand-edited value that is not a number: that limit stays off
            }
        }
        try {
            return new AlertThresholds(values.get("errorRate"), values.get("p95LatencyMs"), values.get("dailyCostUsd"),
                    values.get("thumbsDownRate"));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    public boolean isEmpty() {
        return errorRate == null && p95LatencyMs == null && dailyCostUsd == null && thumbsDownRate == null;
    }

    private static void share(Double value, String what) {
        if (value != null && !(value >= 0 && value <= 1)) throw new IllegalArgumentException(what + " is a share between 0 and 1 (0.05 is 5%).");
    }

    private static void positive(Double value, String what) {
        if (value != null && !(value > 0)) throw new IllegalArgumentException(what + " must be more than 0.");
    }
}
