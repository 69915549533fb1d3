package dev.playground.app.cli;

import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.BaselineDiff;
import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteReport;
import java.io.PrintWriter;
import java.util.Locale;

/** What {@code eval} prints on standard output: the verdict, each variant, the metrics, failing rows, provider errors apart. */
final class EvalSummary {
    private static final int MAX_LINES = 20;

    private EvalSummary() {}

    static void print(PrintWriter out, SuiteReport report, BaselineDiff diff, Double gate) {
        boolean passed = report.passes(gate);
        out.printf(Locale.ROOT, "%s %s: %d of %d passed (%.1f%%)%s%s%n", passed ? "PASS" : "FAIL", report.plan().suiteName(), report.passedCount(),
                report.total(), report.passRate() * 100, gate == null ? "" : String.format(Locale.ROOT, ", needed %.1f%%", gate * 100),
                report.errorCount() == 0 ? "" : ", " + Plural.of(report.errorCount(), "provider error", "provider errors"));
        for (SuiteReport.VariantStats s : report.variantStats()) {
            out.printf(Locale.ROOT, "  %s: %d/%d passed, mean score %.2f, mean latency %d ms%s%n", s.variant().label(), s.passed(), s.total(),
                    s.meanScore(), s.meanLatencyMs(), s.costUsd() == null ? "" : String.format(Locale.ROOT, ", cost $%.6f", s.costUsd()));
        }
        report.namedScores().forEach((name, value) -> out.printf(Locale.ROOT, "  metric %s: %.3f%n", name, value));
        if (report.notRunCount() > 0) {
            out.println("  " + (report.notRunCount() == 1 ? "1 assertion was not run (see the warnings); it counts"
                    : report.notRunCount() + " assertions were not run (see the warnings); they count") + " as not passed.");
        }
        if (!report.stability().isEmpty()) {
            double mean = report.stability().values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            long unstable = report.stability().values().stream().filter(v -> v < 1).count();
            out.printf(Locale.ROOT, "  stability over %d samples: %.0f%% agreement, %s%n", report.plan().repeat(), mean * 100,
                    Plural.of(unstable, "unstable row × variant cell", "unstable row × variant cells"));
        }
        if (diff != null) {
            out.printf(Locale.ROOT, "Against %s (%.1f%% passed): %d newly failing, %d newly passing%n", diff.baselineRef(), diff.baseline().passRate() * 100,
                    diff.newlyFailing().size(), diff.newlyPassing().size());
            for (BaselineDiff.Change c : diff.newlyFailing()) {
                out.printf(Locale.ROOT, "  newly failing: %s · %s (score %.2f -> %.2f)%n", report.rowLabel(c.row()),
                        report.plan().variants().get(c.variant()).label(), c.baselineScore(), c.score());
            }
        }
        int shown = 0;
        ToolLines tools = ToolLines.current();
        for (SuiteCell cell : report.failures()) {
            if (shown++ == MAX_LINES) {
                out.println("  … " + Plural.of(report.failures().size() - MAX_LINES, "more failing row", "more failing rows") + " (write --output report.md for all)");
                break;
            }
            out.println("  failed: " + report.rowLabel(cell.row()) + " · " + report.plan().variants().get(cell.variant()).label() + ": " + cell.reason());
            for (AssertionResult a : cell.assertions()) {
                if (!a.notRun() && !a.isPassed()) out.println("    " + a.code() + ": " + a.reason());
            }
            cell.toolCalls().forEach(call -> out.println("    " + tools.call(call)));
        }
        if (!report.errors().isEmpty()) {
            out.println("Provider errors (counted as failures):");
            report.errors().stream().limit(MAX_LINES).forEach(cell -> out.println("  " + report.rowLabel(cell.row()) + " · "
                    + report.plan().variants().get(cell.variant()).label() + ": " + cell.error()));
        }
    }
}
