package dev.playground.engine.suite;

import java.util.List;
import java.util.Locale;

/**
 * The {@code .xml} output: JUnit XML as CI servers read it. One {@code testsuite} per variant, one {@code testcase}
 * per row (× sample with repeats); a failed row is a {@code failure} with the assertions that failed, a provider
 * error an {@code error}; assertions not run are listed in the case's {@code system-out}.
 */
public final class SuiteJUnitXml {
    private SuiteJUnitXml() {}

    public static String write(SuiteReport report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(escape(report.plan().suiteName())).append("\" tests=\"").append(report.total())
                .append("\" failures=\"").append(report.failedCount()).append("\" errors=\"").append(report.errorCount())
                .append("\" time=\"").append(seconds(report.duration().toMillis())).append("\">\n");
        for (SuiteReport.VariantStats stats : report.variantStats()) {
            SuiteVariant variant = stats.variant();
            xml.append("  <testsuite name=\"").append(escape(variant.label())).append("\" tests=\"").append(stats.total())
                    .append("\" failures=\"").append(stats.failed()).append("\" errors=\"").append(stats.errors()).append("\">\n");
            String className = escape(report.plan().suiteName() + "." + variant.label());
            for (SuiteCell cell : report.cells()) {
                if (cell.variant() != variant.index()) continue;
                String name = report.rowLabel(cell.row()) + (report.plan().repeat() > 1 ? " (sample " + (cell.sample() + 1) + ")" : "");
                xml.append("    <testcase classname=\"").append(className).append("\" name=\"").append(escape(name)).append("\" time=\"")
                        .append(seconds(cell.latencyMs())).append("\">\n");
                if (cell.status() == SuiteCell.Status.ERROR) {
                    xml.append("      <error message=\"").append(escape(cell.error())).append("\">").append(escape(cell.error())).append("</error>\n");
                } else if (cell.status() == SuiteCell.Status.FAIL) {
                    List<String> failed = cell.assertions().stream().filter(a -> !a.notRun() && !a.isPassed())
                            .map(a -> a.code() + ": " + a.reason()).toList();
                    xml.append("      <failure message=\"").append(escape(cell.reason())).append("\">")
                            .append(escape(String.join("\n", failed) + "\n\noutput:\n" + cell.output())).append("</failure>\n");
                }
                List<String> skipped = cell.assertions().stream().filter(AssertionResult::notRun).map(a -> "not run: " + a.code() + " (" + a.reason() + ")").toList();
                if (!skipped.isEmpty()) xml.append("      <system-out>").append(escape(String.join("\n", skipped))).append("</system-out>\n");
                xml.append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 allows tab, newline and carriage return among the control characters, nothing else.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out.append('?');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
