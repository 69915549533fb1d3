package dev.playground.engine.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.trace.TraceJson;
import java.util.ArrayList;
import java.util.List;

/** A finished cell as JSON, as the store keeps it for {@code --resume} (camelCase keys; readers ignore unknown ones). */
public final class SuiteCellJson {
    private SuiteCellJson() {}

    public static String write(SuiteCell cell) {
        ObjectNode node = SuiteJson.MAPPER.createObjectNode().put("row", cell.row()).put("variant", cell.variant()).put("sample", cell.sample())
                .put("status", cell.status().name()).put("output", cell.output()).put("score", cell.score()).put("reason", cell.reason())
                .put("error", cell.error()).put("latencyMs", cell.latencyMs()).put("inputTokens", cell.inputTokens())
                .put("outputTokens", cell.outputTokens()).put("cached", cell.cached());
        if (cell.costUsd() != null) node.put("costUsd", cell.costUsd());
        if (cell.runId() != null) node.put("runId", cell.runId());
        if (cell.trace() != null) node.set("trace", TraceJson.tree(cell.trace()));
        ArrayNode asserts = node.putArray("assertions");
        for (AssertionResult a : cell.assertions()) {
            ObjectNode item = asserts.addObject().put("name", a.name()).put("code", a.code()).put("score", a.score()).put("weight", a.weight())
                    .put("reason", a.reason()).put("notRun", a.notRun());
            if (a.passed() != null) item.put("passed", a.passed());
        }
        return node.toString();
    }

    /** @throws IllegalArgumentException when the text is not a cell this version wrote */
    public static SuiteCell read(String json) {
        try {
            JsonNode n = SuiteJson.MAPPER.readTree(json);
            List<AssertionResult> asserts = new ArrayList<>();
            for (JsonNode a : n.path("assertions")) {
                asserts.add(new AssertionResult(a.path("name").asText(), a.path("code").asText(), a.has("passed") ? a.get("passed").asBoolean() : null,
                        a.path("score").asDouble(), a.path("weight").asDouble(1), a.path("reason").asText(), a.path("notRun").asBoolean()));
            }
            return new SuiteCell(n.path("row").asInt(), n.path("variant").asInt(), n.path("sample").asInt(),
                    SuiteCell.Status.valueOf(n.path("status").asText("ERROR")), n.path("output").asText(), n.path("score").asDouble(), asserts,
                    n.path("reason").asText(), n.path("error").asText(), n.path("latencyMs").asLong(),
                    n.has("costUsd") ? n.get("costUsd").asDouble() : null, n.path("inputTokens").asInt(), n.path("outputTokens").asInt(),
                    n.path("cached").asBoolean(), n.hasNonNull("runId") ? n.get("runId").asText() : null,
                    n.hasNonNull("trace") ? TraceJson.read(n.get("trace").toString()) : null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a stored suite cell cannot be read: " + e.getMessage(), e);
        }
    }
}
