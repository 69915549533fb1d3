package dev.playground.engine.runlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.csv.SpreadsheetCsv;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.RenderedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Writes runs as JSON objects (JSONL, or one array for {@code runs list --json}) and as CSV (see {@link SpreadsheetCsv}). */
public final class RunExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CSV_COLUMNS = List.of("id", "started_at", "connection", "provider", "model", "prompt", "status",
            "finish_reason", "input_tokens", "output_tokens", "tokens", "ttft_ms", "latency_ms", "cost_usd", "cached",
            "original_latency_ms", "attempts", "temperature", "top_p", "top_k", "max_tokens", "stop", "seed", "presence_penalty",
            "frequency_penalty", "response_format", "messages", "output", "error");

    private RunExport() {}

    public static ObjectNode toJson(RunRecord run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", run.id()).put("startedAt", run.startedAt().toString()).put("connection", run.connectionName())
                .put("connectionId", run.connectionId()).put("provider", run.provider().cliName()).put("model", run.model())
                .put("prompt", run.promptName()).put("status", run.status().name().toLowerCase(java.util.Locale.ROOT))
                .put("finishReason", run.finishReason());
        if (run.promptVersion() > 0) node.put("promptVersion", run.promptVersion());
        else node.putNull("promptVersion");
        node.put("alias", run.alias());
        if (run.errorKind() == null) node.putNull("errorKind");
        else node.put("errorKind", run.errorKind().key());
        ObjectNode usage = node.putObject("usage");
        usage.put("inputTokens", run.inputTokens()).put("outputTokens", run.outputTokens())
                .put("source", run.tokensReported() ? "reported" : "counted");
        putMillis(node, "timeToFirstTokenMs", run.timeToFirstToken());
        putMillis(node, "latencyMs", run.latency());
        if (run.costUsd() == null) node.putNull("costUsd");
        else node.put("costUsd", run.costUsd());
        node.put("cached", run.cached());
        putMillis(node, "originalLatencyMs", run.originalLatency());
        node.put("attempts", run.attempts());
        node.set("parameters", JSON.valueToTree(run.settings()));
        ArrayNode messages = node.putArray("messages");
        for (RenderedMessage m : run.messages()) messages.addObject().put("role", m.role().wireName()).put("content", m.text());
        node.put("output", run.output()).put("error", run.error());
        ArrayNode guardrails = node.putArray("guardrails");
        for (GuardNote g : run.guardrails()) guardrails.addObject().put("rail", g.rail()).put("kind", g.kind()).put("action", g.action()).put("on", g.on());
        return node;
    }

    public static String toJsonArray(List<RunRecord> runs) {
        ArrayNode array = JSON.createArrayNode();
        runs.forEach(run -> array.add(toJson(run)));
        return array.toPrettyString();
    }

    public static void writeJsonl(List<RunRecord> runs, Writer out) {
        try {
            for (RunRecord run : runs) {
                out.write(JSON.writeValueAsString(toJson(run)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeCsv(List<RunRecord> runs, Writer out) {
        try {
            SpreadsheetCsv.write(out, CSV_COLUMNS, runs.stream().map(RunExport::csvRow).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> csvRow(RunRecord run) {
        ModelSettings s = run.settings();
        String messages = run.messages().stream().map(m -> m.role().wireName() + ": " + m.text()).collect(Collectors.joining("\n"));
        List<Object> cells = List.of(run.id(), run.startedAt(), run.connectionName(), run.provider().cliName(), run.model(), run.promptName(),
                run.status().name().toLowerCase(java.util.Locale.ROOT), run.finishReason(), run.inputTokens(), run.outputTokens(),
                run.tokensReported() ? "reported" : "counted", millis(run.timeToFirstToken()), millis(run.latency()),
                run.costUsd() == null ? "" : java.math.BigDecimal.valueOf(run.costUsd()).toPlainString(), run.cached(), millis(run.originalLatency()), run.attempts(), orEmpty(s.temperature()),
                orEmpty(s.topP()), orEmpty(s.topK()), orEmpty(s.maxTokens()), String.join("|", s.stopSequences()), orEmpty(s.seed()),
                orEmpty(s.presencePenalty()), orEmpty(s.frequencyPenalty()), orEmpty(s.responseFormat()), messages, run.output(), run.error());
        return cells;
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    private static String millis(Duration duration) {
        return duration == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", duration.toNanos() / 1_000_000.0);
    }

    private static void putMillis(ObjectNode node, String field, Duration duration) {
        if (duration == null) node.putNull(field);
        else node.put(field, Math.round(duration.toNanos() / 1000.0) / 1000.0);
    }

}
