package dev.playground.engine.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code .json} output of a suite run: the summary (pass rate, counts, named metrics, per variant figures), every
 * cell with its row, variant, output, score, reason and assertions, and the baseline's changes when there is one.
 * Keys are camelCase.
 */
public final class SuiteReportJson {
    private SuiteReportJson() {}

    public static ObjectNode write(SuiteReport report, BaselineDiff diff, Double failUnder) {
        ObjectNode root = SuiteJson.MAPPER.createObjectNode();
        root.put("suite", report.plan().suiteName());
        root.put("source", report.plan().source());
        if (!report.plan().datasetRef().isEmpty()) root.put("dataset", report.plan().datasetRef());
        root.put("passed", report.passes(failUnder));
        root.put("cancelled", report.cancelled());
        root.put("passRate", report.passRate());
        root.put("total", report.total());
        root.put("passes", report.passedCount());
        root.put("failures", report.failedCount());
        root.put("errors", report.errorCount());
        root.put("notRun", report.notRunCount());
        root.put("repeat", report.plan().repeat());
        root.put("durationMs", report.duration().toMillis());
        if (failUnder != null) root.put("failUnder", failUnder);
        ObjectNode metrics = root.putObject("metrics");
        report.namedScores().forEach(metrics::put);
        ArrayNode variants = root.putArray("variants");
        for (SuiteReport.VariantStats stats : report.variantStats()) {
            ObjectNode v = variants.addObject();
            v.put("index", stats.variant().index());
            v.put("label", stats.variant().label());
            v.put("prompt", stats.variant().prompt());
            v.put("connection", stats.variant().connection().name());
            v.put("model", stats.variant().model());
            v.put("passRate", stats.passRate());
            v.put("passes", stats.passed());
            v.put("failures", stats.failed());
            v.put("errors", stats.errors());
            v.put("meanScore", stats.meanScore());
            v.put("meanLatencyMs", stats.meanLatencyMs());
            if (stats.costUsd() != null) v.put("costUsd", stats.costUsd());
        }
        ArrayNode rows = root.putArray("results");
        for (SuiteCell cell : report.cells()) {
            ObjectNode c = rows.addObject();
            c.put("row", cell.row());
            c.put("rowLabel", report.rowLabel(cell.row()));
            c.put("variant", cell.variant());
            c.put("sample", cell.sample());
            c.put("status", cell.status().name().toLowerCase(java.util.Locale.ROOT));
            c.put("score", cell.score());
            c.put("output", cell.output());
            if (!cell.reason().isEmpty()) c.put("reason", cell.reason());
            if (!cell.error().isEmpty()) c.put("error", cell.error());
            c.put("latencyMs", cell.latencyMs());
            if (cell.costUsd() != null) c.put("costUsd", cell.costUsd());
            c.put("inputTokens", cell.inputTokens());
            c.put("outputTokens", cell.outputTokens());
            c.put("cached", cell.cached());
            if (cell.trace() != null) c.set("trace", dev.playground.engine.trace.TraceJson.tree(cell.trace()));
            c.set("vars", SuiteJson.tree(report.plan().rows().get(cell.row()).inputs()));
            ArrayNode asserts = c.putArray("assertions");
            for (AssertionResult a : cell.assertions()) {
                ObjectNode node = asserts.addObject().put("name", a.name()).put("type", a.code()).put("score", a.score())
                        .put("weight", a.weight()).put("reason", a.reason());
                if (a.notRun()) node.put("notRun", true);
                else node.put("passed", a.isPassed());
            }
        }
        if (!report.stability().isEmpty()) {
            ObjectNode stability = root.putObject("stability");
            report.stability().forEach(stability::put);
        }
        if (diff != null) {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("ref", diff.baselineRef());
            baseline.put("passRate", diff.baseline().passRate());
            ArrayNode changes = baseline.putArray("changes");
            for (BaselineDiff.Change change : diff.changes()) {
                changes.addObject().put("row", change.row()).put("rowLabel", report.rowLabel(change.row())).put("variant", change.variant())
                        .put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .put("baselineScore", change.baselineScore()).put("score", change.score());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        report.plan().warnings().forEach(warnings::add);
        return root;
    }
}
