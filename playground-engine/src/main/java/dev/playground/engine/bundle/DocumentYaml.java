package dev.playground.engine.bundle;

import dev.playground.engine.model.SettingsRanges;
import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.tool.ToolCheck;
import dev.playground.engine.tool.ToolSetYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document part of a bundled version, both ways, in a fixed key order. Empty sections are
 * left out so files stay short; a reader treats a missing section as empty.
 */
final class DocumentYaml {
    static final List<String> KEYS = List.of("connection", "model", "settings", "messages", "variables", "testInputs", "retrieval",
            "tools", "toolChoice");

    private DocumentYaml() {}

    static void write(PromptDocument document, Map<String, Object> out) {
        if (!document.connectionId().isEmpty()) out.put("connection", document.connectionId());
        if (!document.model().isEmpty()) out.put("model", document.model());
        Map<String, Object> settings = settings(document.settings());
        if (!settings.isEmpty()) out.put("settings", settings);
        List<Object> messages = new ArrayList<>();
        for (PromptMessage message : document.template().messages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", message.role().wireName());
            entry.put("content", new BlockYamlWriter.Block(message.template()));
            messages.add(entry);
        }
        out.put("messages", messages);
        if (!document.variables().isEmpty()) out.put("variables", new TreeMap<>(document.variables()));
        if (!document.testInputs().isEmpty()) {
            Map<String, Object> inputs = new TreeMap<>();
            document.testInputs().forEach((name, values) -> inputs.put(name, new TreeMap<>(values)));
            out.put("testInputs", inputs);
        }
        if (document.retrieval().enabled()) out.put("retrieval", retrieval(document.retrieval()));
        if (!document.tools().isEmpty()) {
            out.put("tools", ToolSetYaml.tools(document.tools()));
            out.put("toolChoice", document.tools().choice().text());
        }
    }

    private static Map<String, Object> settings(ModelSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfSet(out, "temperature", s.temperature());
        putIfSet(out, "topP", s.topP());
        putIfSet(out, "topK", s.topK());
        putIfSet(out, "maxTokens", s.maxTokens());
        if (!s.stopSequences().isEmpty()) out.put("stopSequences", s.stopSequences());
        putIfSet(out, "seed", s.seed());
        putIfSet(out, "presencePenalty", s.presencePenalty());
        putIfSet(out, "frequencyPenalty", s.frequencyPenalty());
        if (s.responseFormat() != null) out.put("responseFormat", new BlockYamlWriter.Block(s.responseFormat()));
        return out;
    }

    private static Map<String, Object> retrieval(RetrievalSettings r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("collection", r.collection());
        out.put("queryVariable", r.queryVariable());
        out.put("topK", r.topK());
        putIfSet(out, "minScore", r.minScore());
        out.put("chunkFormat", r.chunkFormat());
        return out;
    }

    private static void putIfSet(Map<String, Object> out, String key, Object value) {
        if (value != null) out.put(key, value);
    }

    static PromptDocument read(JsonNode node, String where) throws BundleFileException {
        JsonNode messagesNode = node.path("messages");
        if (!messagesNode.isArray() || messagesNode.isEmpty()) throw new BundleFileException(where + " has no messages.");
        List<PromptMessage> messages = new ArrayList<>();
        for (JsonNode message : messagesNode) {
            try {
                messages.add(new PromptMessage(Role.parse(Json.text(message, "role")), Json.text(message, "content")));
            } catch (IllegalArgumentException e) {
                throw new BundleFileException(where + ": " + e.getMessage());
            }
        }
        return new PromptDocument(new PromptTemplate(messages), Json.text(node, "connection"), Json.text(node, "model"),
                readSettings(node.path("settings"), where), Json.stringMap(node.path("variables")), testInputs(node.path("testInputs")),
                readRetrieval(node.path("retrieval")), readTools(node, where));
    }

    private static ToolSet readTools(JsonNode node, String where) throws BundleFileException {
        try {
            ToolSet tools = ToolSetYaml.read(node.get("tools"), node.get("toolChoice"));
            List<String> problems = ToolCheck.problems(tools);
            if (!problems.isEmpty()) throw new BundleFileException(where + ": " + String.join(" ", problems));
            return tools;
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(where + ": " + e.getMessage());
        }
    }

    private static ModelSettings readSettings(JsonNode s, String where) throws BundleFileException {
        if (s.isMissingNode()) return new ModelSettings(null, null, null, null, List.of(), null, null, null, null);
        if (!s.isObject()) throw new BundleFileException(where + ": settings must be a mapping.");
        return SettingsRanges.check(new ModelSettings(Json.dbl(s, "temperature"), Json.dbl(s, "topP"), Json.integer(s, "topK"), Json.integer(s, "maxTokens"),
                Json.strings(s.path("stopSequences")), Json.integer(s, "seed"), Json.dbl(s, "presencePenalty"),
                Json.dbl(s, "frequencyPenalty"), s.hasNonNull("responseFormat") ? s.get("responseFormat").asText() : null));
    }

    private static Map<String, Map<String, String>> testInputs(JsonNode node) {
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        node.properties().forEach(e -> inputs.put(e.getKey(), Json.stringMap(e.getValue())));
        return inputs;
    }

    private static RetrievalSettings readRetrieval(JsonNode r) {
        if (r.isMissingNode() || r.isNull()) return RetrievalSettings.OFF;
        return new RetrievalSettings(Json.text(r, "collection"), Json.text(r, "queryVariable"), r.path("topK").asInt(0),
                Json.dbl(r, "minScore"), r.hasNonNull("chunkFormat") ? r.get("chunkFormat").asText() : null);
    }
}
