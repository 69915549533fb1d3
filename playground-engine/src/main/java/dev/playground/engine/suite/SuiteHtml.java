package dev.playground.engine.suite;

import java.util.Locale;

/**
 * The {@code .html} output: one self-contained page (styles inline, no script, nothing fetched): the summary, then a
 * matrix of rows × variants whose cells show pass or fail, the score, and on opening the output and each assertion.
 */
public final class SuiteHtml {
    private SuiteHtml() {}

    public static String write(SuiteReport report, BaselineDiff diff, Double failUnder) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(e(report.plan().suiteName())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #d0d7de;padding:.4rem;vertical-align:top;text-align:left}")
                .append(".pass{background:#dafbe1}.fail{background:#ffebe9}.error{background:#fff8c5}pre{white-space:pre-wrap;max-width:40rem}")
                .append("</style></head><body>\n");
        boolean passed = report.passes(failUnder);
        html.append("<h1>").append(e(report.plan().suiteName())).append(": ").append(passed ? "passed" : "failed").append("</h1>\n<p>")
                .append(report.passedCount()).append(" of ").append(report.total()).append(" passed (").append(SuiteMarkdown.percent(report.passRate()))
                .append("), ").append(SuiteMarkdown.count(report.errorCount(), "provider error", "provider errors")).append(", ")
                .append(SuiteMarkdown.count(report.notRunCount(), "assertion", "assertions")).append(" not run.</p>\n");
        if (!report.namedScores().isEmpty()) {
            html.append("<table><tr><th>Metric</th><th>Mean score</th></tr>");
            report.namedScores().forEach((k, v) -> html.append("<tr><td>").append(e(k)).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.3f", v)).append("</td></tr>"));
            html.append("</table>\n");
        }
        if (diff != null) {
            html.append("<h2>Against ").append(e(diff.baselineRef())).append("</h2><ul>");
            for (BaselineDiff.Change c : diff.newlyFailing()) {
                html.append("<li>newly failing: ").append(e(report.rowLabel(c.row()))).append(" · ")
                        .append(e(report.plan().variants().get(c.variant()).label())).append("</li>");
            }
            html.append("<li>").append(diff.newlyPassing().size()).append(" newly passing</li></ul>\n");
        }
        html.append("<h2>Rows × variants</h2><table><tr><th>Row</th>");
        for (SuiteVariant v : report.plan().variants()) html.append("<th>").append(e(v.label())).append("</th>");
        html.append("</tr>\n");
        for (int row = 0; row < report.plan().rows().size(); row++) {
            html.append("<tr><td>").append(e(report.rowLabel(row))).append("</td>");
            for (SuiteVariant v : report.plan().variants()) {
                html.append("<td>");
                for (SuiteCell c : report.cells()) {
                    if (c.row() != row || c.variant() != v.index()) continue;
                    String status = c.status().name().toLowerCase(Locale.ROOT);
                    html.append("<details class=\"").append(status).append("\"><summary>").append(status)
                            .append(String.format(Locale.ROOT, " %.2f", c.score())).append("</summary><pre>")
                            .append(e(c.error().isEmpty() ? c.output() : c.error())).append("</pre><ul>");
                    for (AssertionResult a : c.assertions()) {
                        html.append("<li>").append(a.notRun() ? "not run" : a.isPassed() ? "pass" : "fail").append(" <b>").append(e(a.code()))
                                .append("</b>: ").append(e(a.reason())).append("</li>");
                    }
                    html.append("</ul></details>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static String e(String text) {
        return SuiteJUnitXml.escape(text);
    }
}
