package dev.playground.app.cli;

import dev.playground.engine.monitor.DriftCheck;
import dev.playground.engine.monitor.DriftReport;
import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.Percentiles;
import dev.playground.engine.runlog.ErrorKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code playground monitor} as text: the overall figures, a table per group, the drift checks in plain words. */
final class MonitorText {
    private MonitorText() {}

    static String report(MonitorReport report, DriftReport drift) {
        StringBuilder out = new StringBuilder();
        Figures f = report.overall();
        out.append("Run log from ").append(time(report.query().from())).append(" to ").append(time(report.query().to())).append(" UTC\n");
        if (f.requests() == 0) {
            out.append("No calls in this range. `playground run` records every call; try a longer --since.\n");
        } else {
            out.append(String.format(Locale.ROOT, "%-13s %,d%s%n", "Requests", f.requests(), retries(f)));
            out.append(String.format(Locale.ROOT, "%-13s %,d (%s)%s%n", "Errors", f.errors(), percent(f.errorRate()), kinds(f)));
            out.append(String.format(Locale.ROOT, "%-13s %s%n", "Latency", percentiles(f.latencyMs())));
            out.append(String.format(Locale.ROOT, "%-13s %s%n", "First token", percentiles(f.ttftMs())));
            out.append(String.format(Locale.ROOT, "%-13s in %,d, out %,d%n", "Tokens", f.tokensIn(), f.tokensOut()));
            out.append(String.format(Locale.ROOT, "%-13s %s%n", "Cost", cost(f)));
            String feedback = feedback(f);
            if (!feedback.isEmpty()) out.append(String.format(Locale.ROOT, "%-13s %s%n", "Feedback", feedback));
        }
        if (report.query().by() != null && !report.groups().isEmpty()) {
            out.append('\n').append(String.format(Locale.ROOT, "%-30s %9s %7s %7s %9s %9s %9s %12s %10s%n", "BY " + report.query().by().name(),
                    "REQUESTS", "ERRORS", "RATE", "P50 MS", "P95 MS", "P99 MS", "TOKENS I/O", "COST"));
            for (Figures g : report.groups()) {
                out.append(String.format(Locale.ROOT, "%-30s %,9d %,7d %7s %9s %9s %9s %12s %10s%n", clip(g.key(), 30), g.requests(), g.errors(),
                        percent(g.errorRate()), ms(g.latencyMs().p50()), ms(g.latencyMs().p95()), ms(g.latencyMs().p99()),
                        compact(g.tokensIn()) + "/" + compact(g.tokensOut()), g.priced() == 0 ? "-" : usd(g.cost())));
            }
        }
        if (drift != null) out.append('\n').append(drift(drift));
        return out.toString();
    }

    static String drift(DriftReport drift) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Drift: %s (%,d calls, %s to %s) against %s (%,d calls, %s to %s)%n", drift.after().label(),
                drift.callsAfter(), time(drift.after().from()), time(drift.after().to()), drift.before().label(), drift.callsBefore(),
                time(drift.before().from()), time(drift.before().to())));
        for (DriftCheck check : drift.checks()) out.append("  ").append(sentence(check)).append('\n');
        out.append(drift.drifted() ? "Something drifted: look at the checks marked DRIFTED.\n" : "Nothing drifted beyond its threshold.\n");
        return out.toString();
    }

    private static String sentence(DriftCheck c) {
        String name = switch (c.measure()) {
            case INPUT_LENGTH -> "Input length";
            case OUTPUT_LENGTH -> "Output length";
            case LATENCY_P95 -> "Latency p95";
            case ERROR_RATE -> "Error rate";
            case REFUSAL_RATE -> "Refusal rate";
            case TOPICS -> "Input topics";
        };
        String verdict = switch (c.verdict()) {
            case STABLE -> "stable";
            case DRIFTED -> "DRIFTED";
            case TOO_FEW_CALLS -> "no verdict: each window needs at least 10 calls";
            case NOT_MEASURED -> "not measured: nothing to compare";
        };
        String values = switch (c.measure()) {
            case INPUT_LENGTH, OUTPUT_LENGTH -> String.format(Locale.ROOT, "%s -> %s characters, %s (threshold ±%s)", num(c.before()),
                    num(c.after()), signedPercent(c.change()), percent(c.threshold()));
            case LATENCY_P95 -> String.format(Locale.ROOT, "%s -> %s ms, %s (threshold ±%s)", ms(c.before()), ms(c.after()),
                    signedPercent(c.change()), percent(c.threshold()));
            case ERROR_RATE, REFUSAL_RATE -> String.format(Locale.ROOT, "%s -> %s, %s points (threshold ±%s points)", percent(c.before()),
                    percent(c.after()), signedPoints(c.change()), num(c.threshold() * 100));
            case TOPICS -> String.format(Locale.ROOT, "distance between the inputs' mean embeddings %s (threshold %.2f)",
                    Double.isNaN(c.change()) ? "-" : String.format(Locale.ROOT, "%.3f", c.change()), c.threshold());
        };
        return String.format(Locale.ROOT, "%-14s %s: %s", name, verdict, values);
    }

    private static String retries(Figures f) {
        List<String> parts = new ArrayList<>();
        if (f.retried() > 0) parts.add(String.format(Locale.ROOT, "%,d retried (%,d extra attempts)", f.retried(), f.extraAttempts()));
        if (f.cancelled() > 0) parts.add(String.format(Locale.ROOT, "%,d cancelled", f.cancelled()));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String kinds(Figures f) {
        List<String> parts = new ArrayList<>();
        for (ErrorKind kind : ErrorKind.values()) {
            if (f.errors(kind) > 0) parts.add(kindName(kind) + " " + String.format(Locale.ROOT, "%,d", f.errors(kind)));
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    static String kindName(ErrorKind kind) {
        return switch (kind) {
            case RATE_LIMITED -> "rate limited";
            case SERVER_ERROR -> "server error";
            case TIMEOUT -> "timed out";
            case BLOCKED -> "blocked by a guardrail";
            case CUT_STREAM -> "stream cut";
            case OTHER -> "other";
        };
    }

    private static String cost(Figures f) {
        if (f.priced() == 0) return "unknown (no call had a known price)";
        String total = usd(f.cost());
        if (f.costPerDay().size() <= 1) return total;
        List<String> days = new ArrayList<>();
        f.costPerDay().entrySet().stream().skip(Math.max(0, f.costPerDay().size() - 7))
                .forEach(e -> days.add(e.getKey() + " " + usd(e.getValue())));
        return total + "; per day: " + String.join(", ", days) + (f.costPerDay().size() > 7 ? " (last 7 days)" : "");
    }

    private static String feedback(Figures f) {
        List<String> parts = new ArrayList<>();
        if (f.thumbsUp() + f.thumbsDown() > 0) {
            parts.add(String.format(Locale.ROOT, "%s thumbs up (%,d of %,d)", percent(f.thumbsUpRatio()), f.thumbsUp(), f.thumbsUp() + f.thumbsDown()));
        }
        if (f.rated() > 0) parts.add(String.format(Locale.ROOT, "mean rating %.1f of 5 (%,d rated)", f.meanRating(), f.rated()));
        if (f.judged() > 0) parts.add(String.format(Locale.ROOT, "mean judge score %.2f (%,d judged)", f.meanJudgeScore(), f.judged()));
        return String.join("; ", parts);
    }

    private static String percentiles(Percentiles p) {
        if (p.isEmpty()) return "-";
        return "p50 " + ms(p.p50()) + " ms, p95 " + ms(p.p95()) + " ms, p99 " + ms(p.p99()) + " ms";
    }

    static String ms(double value) {
        if (Double.isNaN(value)) return "-";
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String signedPercent(double ratio) {
        return Double.isNaN(ratio) ? "-" : Double.isInfinite(ratio) ? "new" : String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }

    private static String signedPoints(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%+.1f", ratio * 100);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String usd(double value) {
        return String.format(Locale.ROOT, value < 1 ? "$%.4f" : "$%,.2f", value);
    }

    private static String compact(long n) {
        return n >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", n / 1e6) : n >= 10_000 ? String.format(Locale.ROOT, "%.0fk", n / 1e3) : Long.toString(n);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
    }
}
