package dev.playground.engine.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.csv.SpreadsheetCsv;
import dev.playground.engine.metrics.Score;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a comparison as CSV (one line per sample), JSON, or a self-contained HTML report. */
public final class ComparisonExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonExport() {}

    public static String csv(ComparisonRecord record) {
        List<String> scoreNames = record.scoreNames();
        List<String> header = new ArrayList<>(List.of("variant", "model", "prompt", "row", "sample", "output", "finish_reason", "ttft_ms",
                "latency_ms", "input_tokens", "output_tokens", "cost_usd", "error"));
        for (String name : scoreNames) {
            header.add(name);
            header.add(name + " pass");
        }
        header.addAll(List.of("thumb", "rating", "comment"));
        List<List<String>> lines = new ArrayList<>();
        for (VariableRow row : record.rows()) {
            for (Variant variant : record.variants()) {
                CellKey key = new CellKey(variant.id(), row.id());
                CellFeedback feedback = record.feedback(key).orElse(CellFeedback.empty(key));
                for (SampleResult sample : record.cell(key).map(CellResult::samples).orElse(List.of())) {
                    List<String> fields = new ArrayList<>(List.of(variant.label(), variant.model(), variant.promptRef(), row.label(),
                            String.valueOf(sample.index() + 1), sample.output(), sample.finishReason(), millis(sample.timeToFirstToken()),
                            millis(sample.latency()), String.valueOf(sample.usage().inputTokens()), String.valueOf(sample.usage().outputTokens()),
                            sample.costUsd() == null ? "" : String.format(Locale.ROOT, "%.6f", sample.costUsd()), sample.error()));
                    for (String name : scoreNames) {
                        Score score = sample.score(name).orElse(null);
                        fields.add(score == null || score.value() == null ? "" : number(score.value()));
                        fields.add(score == null || score.passed() == null ? "" : score.passed().toString());
                    }
                    fields.addAll(List.of(feedback.thumb() == CellFeedback.Thumb.NONE ? "" : feedback.thumb().name().toLowerCase(Locale.ROOT),
                            feedback.rating() == null ? "" : feedback.rating().toString(), feedback.comment()));
                    lines.add(fields);
                }
            }
        }
        return SpreadsheetCsv.toString(header, lines);
    }

    public static String json(ComparisonRecord record) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "prompt-playground-comparison");
        root.put("formatVersion", 1);
        root.put("title", record.title());
        root.put("createdAt", record.createdAt().toString());
        root.put("samplesPerCell", record.samples());
        ArrayNode metrics = root.putArray("metrics");
        record.metricSpecs().forEach(metrics::add);
        ArrayNode rubrics = root.putArray("judges");
        record.rubrics().forEach(r -> rubrics.addObject().put("rubric", r.id()).put("scale", r.scale().name().toLowerCase(Locale.ROOT))
                .put("guideline", r.guideline()));
        if (record.judge() != null) root.putObject("judgeModel").put("connection", record.judge().connection().name()).put("model", record.judge().model());
        ArrayNode variants = root.putArray("variants");
        for (Variant v : record.variants()) {
            ObjectNode node = variants.addObject().put("id", v.id()).put("label", v.label()).put("prompt", v.promptRef())
                    .put("connection", v.connection().name()).put("provider", v.connection().kind().cliName()).put("model", v.model())
                    .put("retrieval", v.retrievalOn());
            if (v.settings().temperature() != null) node.put("temperature", v.settings().temperature());
            if (v.settings().topP() != null) node.put("topP", v.settings().topP());
            if (v.settings().maxTokens() != null) node.put("maxTokens", v.settings().maxTokens());
        }
        ArrayNode rows = root.putArray("rows");
        for (VariableRow row : record.rows()) {
            ObjectNode node = rows.addObject().put("id", row.id()).put("label", row.label()).put("expected", row.expected());
            ObjectNode values = node.putObject("variables");
            row.values().forEach(values::put);
        }
        ArrayNode cells = root.putArray("cells");
        for (CellResult cell : record.cells()) {
            ObjectNode node = cells.addObject().put("variant", cell.key().variantId()).put("row", cell.key().rowId());
            ArrayNode samples = node.putArray("samples");
            cell.samples().forEach(sample -> sampleJson(samples.addObject(), sample));
            record.feedback(cell.key()).ifPresent(f -> {
                ObjectNode feedback = node.putObject("feedback").put("thumb", f.thumb().name().toLowerCase(Locale.ROOT)).put("comment", f.comment());
                if (f.rating() != null) feedback.put("rating", f.rating());
            });
        }
        ArrayNode agreement = root.putArray("judgeHumanAgreement");
        for (JudgeAgreement.Agreement a : JudgeAgreement.of(record)) {
            ObjectNode node = agreement.addObject().put("rubric", a.rubric()).put("compared", a.compared()).put("agreed", a.agreed());
            if (a.compared() > 0) node.put("rate", a.rate());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the comparison as JSON", e);
        }
    }

    /** One sample as JSON: also used by the command line's --json output. */
    public static void sampleJson(ObjectNode node, SampleResult sample) {
        node.put("sample", sample.index() + 1).put("output", sample.output()).put("finishReason", sample.finishReason());
        if (sample.timeToFirstToken() != null) node.put("ttftMs", sample.timeToFirstToken().toMillis());
        if (sample.latency() != null) node.put("latencyMs", sample.latency().toMillis());
        node.put("inputTokens", sample.usage().inputTokens()).put("outputTokens", sample.usage().outputTokens())
                .put("tokensReported", sample.usage().reported());
        if (sample.costUsd() != null) node.put("costUsd", sample.costUsd());
        if (sample.failed()) node.put("error", sample.error());
        ArrayNode scores = node.putArray("scores");
        for (Score score : sample.scores()) {
            ObjectNode s = scores.addObject().put("name", score.name());
            if (score.value() != null) s.put("value", score.value());
            if (score.passed() != null) s.put("pass", score.passed());
            if (!score.detail().isEmpty()) s.put(score.isError() ? "raw" : "detail", score.detail());
            if (score.isError()) s.put("error", score.error());
        }
        if (sample.trace() != null) node.set("trace", dev.playground.engine.trace.TraceJson.tree(sample.trace()));
    }

    public static String html(ComparisonRecord record) {
        return new HtmlReport(record).render();
    }

    static String millis(Duration duration) {
        return duration == null ? "" : String.valueOf(duration.toMillis());
    }

    /** Whole numbers without decimals, others with four: how scores are shown everywhere. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
