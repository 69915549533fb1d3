package dev.playground.app.cli;

import dev.playground.engine.monitor.Alert;
import dev.playground.engine.monitor.AlertCheck;
import dev.playground.engine.monitor.AlertThresholds;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground monitor alerts}: shows or sets the alert limits, and which are passed now. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Show or set the alert limits: error rate, p95 latency and thumbs-down share over the last 24 hours,"
                + " and today's cost (UTC). Passed limits are printed by `monitor` and after each `run` (on standard error),"
                + " and shown as a badge in the window.",
                "Shares take 5% or 0.05. A share alerts only once there are at least " + AlertCheck.MIN_CALLS + " calls"
                + " (or pieces of feedback). Exit code 0, 2 for bad input, 3 when the store is busy."})
final class MonitorAlertsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--error-rate", paramLabel = "SHARE", description = "Alert when more than SHARE of the calls failed (5% or 0.05).")
    String errorRate;

    @Option(names = "--p95-ms", paramLabel = "MS", description = "Alert when the p95 latency is above MS milliseconds.")
    Double p95;

    @Option(names = "--daily-cost", paramLabel = "USD", description = "Alert when today's calls cost more than USD dollars.")
    Double dailyCost;

    @Option(names = "--thumbs-down", paramLabel = "SHARE", description = "Alert when more than SHARE of the feedback is thumbs down.")
    String thumbsDown;

    @Option(names = "--off", description = "Turn every alert off.")
    boolean off;

    @Override
    public Integer call() {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        AlertThresholds limits = root.context().alertLimits();
        boolean changing = off || errorRate != null || p95 != null || dailyCost != null || thumbsDown != null;
        if (changing) {
            limits = off ? AlertThresholds.NONE : new AlertThresholds(
                    errorRate != null ? share(errorRate, "--error-rate") : limits.errorRate(),
                    p95 != null ? p95 : limits.p95LatencyMs(),
                    dailyCost != null ? dailyCost : limits.dailyCostUsd(),
                    thumbsDown != null ? share(thumbsDown, "--thumbs-down") : limits.thumbsDownRate());
            root.context().saveAlertLimits(limits);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(describe(limits));
        for (Alert alert : root.context().alerts()) out.println(line(alert));
        out.flush();
        return ExitCodes.OK;
    }

    static String describe(AlertThresholds limits) {
        if (limits.isEmpty()) return "No alert limits are set. Set one with, for example, `playground monitor alerts --error-rate 5%`.";
        List<String> parts = new ArrayList<>();
        if (limits.errorRate() != null) parts.add("error rate above " + MonitorText.percent(limits.errorRate()));
        if (limits.p95LatencyMs() != null) parts.add("p95 latency above " + MonitorText.ms(limits.p95LatencyMs()) + " ms");
        if (limits.dailyCostUsd() != null) parts.add("today's cost above " + MonitorText.usd(limits.dailyCostUsd()));
        if (limits.thumbsDownRate() != null) parts.add("thumbs down above " + MonitorText.percent(limits.thumbsDownRate()));
        return "Alert limits: " + String.join(", ", parts) + ".";
    }

    /** One plain line per passed limit, as `monitor` and `run` print it. */
    static String line(Alert alert) {
        return switch (alert.kind()) {
            case ERROR_RATE -> String.format(Locale.ROOT, "Alert: %s of the calls in the last 24 hours failed, above your limit of %s.",
                    MonitorText.percent(alert.value()), MonitorText.percent(alert.threshold()));
            case P95_LATENCY -> String.format(Locale.ROOT, "Alert: the p95 latency of the last 24 hours is %s ms, above your limit of %s ms.",
                    MonitorText.ms(alert.value()), MonitorText.ms(alert.threshold()));
            case DAILY_COST -> String.format(Locale.ROOT, "Alert: today's calls cost %s, above your limit of %s.",
                    MonitorText.usd(alert.value()), MonitorText.usd(alert.threshold()));
            case THUMBS_DOWN_RATE -> String.format(Locale.ROOT, "Alert: %s of the feedback in the last 24 hours is thumbs down, above your limit of %s.",
                    MonitorText.percent(alert.value()), MonitorText.percent(alert.threshold()));
        } + " `playground monitor --since 24h` shows more.";
    }

    private static Double share(String text, String option) {
        String value = text.strip();
        try {
            double share = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100 : Double.parseDouble(value);
            if (share < 0 || share > 1) throw new NumberFormatException();
            return share;
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " takes a share such as 5% or 0.05, not '" + text + "'.");
        }
    }
}
