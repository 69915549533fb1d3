package dev.playground.engine.compare;

import dev.playground.engine.metrics.Score;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A single HTML file with inline styles and no scripts or external links, so it opens anywhere and is safe to share. */
final class HtmlReport {
    private final ComparisonRecord record;
    private final StringBuilder out = new StringBuilder();

    HtmlReport(ComparisonRecord record) {
        this.record = record;
    }

    String render() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(record.title())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}")
                .append("table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #d0d7de;padding:8px;vertical-align:top}")
                .append("th{background:#f6f8fa;text-align:left}pre{white-space:pre-wrap;word-wrap:break-word;margin:0 0 6px;font:13px/1.4 ui-monospace,monospace}")
                .append(".meta{color:#59636e;font-size:12px}.pass{color:#1a7f37}.fail{color:#cf222e}.err{color:#9a6700}")
                .append("@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}th,td{border-color:#30363d}.meta{color:#9198a1}}")
                .append("</style></head><body>\n");
        out.append("<h1>").append(esc(record.title())).append("</h1>\n<p class=\"meta\">Saved ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(record.createdAt().atOffset(ZoneOffset.UTC).withNano(0))).append(" UTC · ")
                .append(record.samples()).append(" sample(s) per cell</p>\n");
        variantsTable();
        grid();
        agreement();
        out.append("</body></html>\n");
        return out.toString();
    }

    private void variantsTable() {
        out.append("<h2>Variants</h2><table><tr><th>Variant</th><th>Prompt</th><th>Connection · model</th><th>Temperature</th><th>Retrieval</th></tr>\n");
        for (Variant v : record.variants()) {
            out.append("<tr><td>").append(esc(v.label())).append("</td><td>").append(esc(v.promptRef())).append("</td><td>")
                    .append(esc(v.connection().name())).append(" · ").append(esc(v.model())).append("</td><td>")
                    .append(v.settings().temperature() == null ? "default" : v.settings().temperature()).append("</td><td>")
                    .append(v.retrievalOn() ? "on" : "off").append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void grid() {
        out.append("<h2>Results</h2><table><tr><th>Row</th>");
        for (Variant v : record.variants()) out.append("<th>").append(esc(v.label())).append("</th>");
        out.append("</tr>\n");
        for (VariableRow row : record.rows()) {
            out.append("<tr><th>").append(esc(row.label()));
            row.values().forEach((k, v) -> out.append("<div class=\"meta\">").append(esc(k)).append(" = ").append(esc(v)).append("</div>"));
            if (!row.expected().isEmpty()) out.append("<div class=\"meta\">expected: ").append(esc(row.expected())).append("</div>");
            out.append("</th>");
            for (Variant v : record.variants()) cell(new CellKey(v.id(), row.id()));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void cell(CellKey key) {
        out.append("<td>");
        record.cell(key).ifPresent(cell -> {
            for (SampleResult sample : cell.samples()) {
                if (cell.samples().size() > 1) out.append("<div class=\"meta\">Sample ").append(sample.index() + 1).append("</div>");
                out.append("<pre>").append(esc(sample.output())).append("</pre>");
                if (sample.failed()) out.append("<div class=\"err\">").append(esc(sample.error())).append("</div>");
                out.append("<div class=\"meta\">").append(ComparisonExport.millis(sample.latency())).append(" ms · ")
                        .append(sample.usage().inputTokens()).append(" → ").append(sample.usage().outputTokens()).append(" tokens");
                if (sample.costUsd() != null) out.append(" · $").append(String.format(Locale.ROOT, "%.6f", sample.costUsd()));
                out.append("</div>");
                for (Score score : sample.scores()) scoreLine(score);
            }
        });
        record.feedback(key).ifPresent(f -> {
            out.append("<div class=\"meta\">Feedback: ");
            if (f.thumb() != CellFeedback.Thumb.NONE) out.append(f.thumb() == CellFeedback.Thumb.UP ? "👍 " : "👎 ");
            if (f.rating() != null) out.append(f.rating()).append("/5 ");
            out.append(esc(f.comment())).append("</div>");
        });
        out.append("</td>");
    }

    private void scoreLine(Score score) {
        String css = score.isError() ? "err" : Boolean.FALSE.equals(score.passed()) ? "fail" : "pass";
        out.append("<div class=\"").append(css).append("\">").append(esc(score.name())).append(": ");
        if (score.isError()) out.append(esc(score.error()));
        else if (score.value() != null) out.append(ComparisonExport.number(score.value()));
        if (score.passed() != null && !score.isError()) out.append(score.passed() ? " ✓" : " ✗");
        if (!score.detail().isEmpty()) out.append(" <span class=\"meta\">").append(esc(score.detail())).append("</span>");
        out.append("</div>");
    }

    private void agreement() {
        var agreements = JudgeAgreement.of(record);
        if (agreements.isEmpty()) return;
        out.append("<h2>Judge and people</h2><table><tr><th>Rubric</th><th>Cells with both verdicts</th><th>Agreement</th></tr>\n");
        for (JudgeAgreement.Agreement a : agreements) {
            out.append("<tr><td>").append(esc(a.rubric())).append("</td><td>").append(a.compared()).append("</td><td>")
                    .append(a.compared() == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", a.rate() * 100)).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    static String esc(String text) {
        if (text == null) return "";
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
