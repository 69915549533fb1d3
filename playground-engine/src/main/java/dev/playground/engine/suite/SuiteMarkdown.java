package dev.playground.engine.suite;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code .md} output: a summary that fits a pull-request comment. The verdict and pass rate, a table per variant,
 * the named metrics, what newly fails against the baseline, the failing rows (at most 20) and provider errors apart.
 */
public final class SuiteMarkdown {
    private static final int MAX_ROWS = 20;

    private SuiteMarkdown() {}

    /** "1 provider error", "2 provider errors": a count with the word that fits it. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String write(SuiteReport report, BaselineDiff diff, Double failUnder) {
        StringBuilder md = new StringBuilder();
        boolean passed = report.passes(failUnder);
        md.append("## ").append(passed ? "✅" : "❌").append(" Suite `").append(cell(report.plan().suiteName())).append("`: ")
                .append(passed ? "passed" : report.cancelled() ? "stopped" : "failed").append("\n\n");
        md.append(String.format(Locale.ROOT, "**%d of %d passed (%s)**", report.passedCount(), report.total(), percent(report.passRate())));
        if (failUnder != null) md.append(" · needed ").append(percent(failUnder));
        if (report.errorCount() > 0) md.append(" · ").append(count(report.errorCount(), "provider error", "provider errors"));
        if (report.notRunCount() > 0) md.append(" · ").append(count(report.notRunCount(), "assertion", "assertions")).append(" not run");
        if (!report.plan().datasetRef().isEmpty()) md.append(" · dataset `").append(report.plan().datasetRef()).append('`');
        md.append("\n\n| Variant | Pass rate | Passed | Failed | Errors | Mean score | Mean latency |\n|---|---|---|---|---|---|---|\n");
        for (SuiteReport.VariantStats s : report.variantStats()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.2f | %d ms |%n", cell(s.variant().label()), percent(s.passRate()),
                    s.passed(), s.failed(), s.errors(), s.meanScore(), s.meanLatencyMs()));
        }
        Map<String, Double> metrics = report.namedScores();
        if (!metrics.isEmpty()) {
            md.append("\n| Metric | Mean score |\n|---|---|\n");
            metrics.forEach((name, value) -> md.append(String.format(Locale.ROOT, "| %s | %.3f |%n", cell(name), value)));
        }
        if (diff != null) {
            md.append("\n### Against `").append(cell(diff.baselineRef())).append("` (").append(percent(diff.baseline().passRate())).append(" passed)\n\n");
            List<BaselineDiff.Change> worse = diff.newlyFailing();
            md.append(worse.isEmpty() ? "No row newly fails." : worse.size() + " newly failing:").append('\n');
            for (BaselineDiff.Change c : worse) {
                md.append(String.format(Locale.ROOT, "- 🔻 %s · %s (score %.2f → %.2f)%n", cell(report.rowLabel(c.row())),
                        cell(report.plan().variants().get(c.variant()).label()), c.baselineScore(), c.score()));
            }
            if (!diff.newlyPassing().isEmpty()) md.append(diff.newlyPassing().size()).append(" newly passing.\n");
        }
        List<SuiteCell> failures = report.failures();
        if (!failures.isEmpty()) {
            md.append("\n<details><summary>Failing rows (").append(failures.size()).append(")</summary>\n\n");
            for (SuiteCell c : failures.subList(0, Math.min(MAX_ROWS, failures.size()))) {
                md.append("- **").append(cell(report.rowLabel(c.row()))).append("** · ").append(cell(report.plan().variants().get(c.variant()).label()))
                        .append(": ").append(cell(c.reason()));
                c.assertions().stream().filter(a -> !a.notRun() && !a.isPassed()).forEach(a -> md.append("\n  - `").append(cell(a.code()))
                        .append("`: ").append(cell(a.reason())));
                md.append('\n');
            }
            if (failures.size() > MAX_ROWS) md.append("- … and ").append(failures.size() - MAX_ROWS).append(" more\n");
            md.append("\n</details>\n");
        }
        if (!report.errors().isEmpty()) {
            md.append("\n**Provider errors** (counted as failures):\n");
            for (SuiteCell c : report.errors().subList(0, Math.min(MAX_ROWS, report.errors().size()))) {
                md.append("- ").append(cell(report.rowLabel(c.row()))).append(" · ").append(cell(report.plan().variants().get(c.variant()).label()))
                        .append(": ").append(cell(c.error())).append('\n');
            }
        }
        return md.toString();
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** Text safe in a table cell and on one line. */
    private static String cell(String text) {
        return AssertionEvaluator.shorten(text).replace("|", "\\|").replace("`", "'");
    }
}
