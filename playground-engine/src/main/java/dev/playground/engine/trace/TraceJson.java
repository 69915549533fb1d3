package dev.playground.engine.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces as JSON, both ways: what {@code run --json} prints under "trace", what the store keeps and what
 * {@code trace export} writes. Keys are camelCase; times are ISO-8601 instants and milliseconds.
 */
public final class TraceJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceJson() {}

    public static ObjectNode tree(Trace trace) {
        ObjectNode root = JSON.createObjectNode().put("id", trace.id()).put("prompt", trace.promptName())
                .put("startedAt", trace.startedAt().toString()).put("durationMs", trace.duration().toMillis())
                .put("outcome", trace.outcome()).put("steps", trace.steps())
                .put("inputTokens", trace.inputTokens()).put("outputTokens", trace.outputTokens());
        if (trace.costUsd() == null) root.putNull("costUsd");
        else root.put("costUsd", trace.costUsd());
        ArrayNode spans = root.putArray("spans");
        for (Span span : trace.spans()) {
            ObjectNode node = spans.addObject().put("id", span.id()).put("kind", span.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("step", span.step()).put("name", span.name()).put("startedAt", span.start().toString())
                    .put("offsetMs", Duration.between(trace.startedAt(), span.start()).toMillis())
                    .put("durationMs", span.duration().toMillis());
            if (!span.input().isEmpty()) node.put("input", span.input());
            if (!span.output().isEmpty()) node.put("output", span.output());
            if (!span.source().isEmpty()) node.put("source", span.source());
            if (span.kind() == Span.Kind.MODEL) {
                node.put("inputTokens", span.inputTokens()).put("outputTokens", span.outputTokens());
                if (span.costUsd() != null) node.put("costUsd", span.costUsd());
                if (!span.runId().isEmpty()) node.put("runId", span.runId());
            }
            if (span.failed()) node.put("error", span.error());
        }
        return root;
    }

    public static String write(Trace trace) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(trace));
        } catch (IOException e) {
            throw new IllegalStateException("A trace could not be written as JSON", e);
        }
    }

    public static Trace read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : root.path("spans")) {
                spans.add(new Span(s.path("id").asText(), Span.Kind.valueOf(s.path("kind").asText("model").toUpperCase(java.util.Locale.ROOT)),
                        s.path("step").asInt(), s.path("name").asText(), Instant.parse(s.path("startedAt").asText()),
                        Duration.ofMillis(s.path("durationMs").asLong()), s.path("input").asText(""), s.path("output").asText(""),
                        s.path("source").asText(""), s.path("inputTokens").asInt(), s.path("outputTokens").asInt(),
                        s.hasNonNull("costUsd") ? s.get("costUsd").asDouble() : null, s.path("error").asText(""), s.path("runId").asText("")));
            }
            return new Trace(root.path("id").asText(), root.path("prompt").asText(""), Instant.parse(root.path("startedAt").asText()),
                    Duration.ofMillis(root.path("durationMs").asLong()), root.path("outcome").asText(""), spans);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("This is not a trace written by Prompt Playground (" + e.getMessage() + ").", e);
        }
    }
}
