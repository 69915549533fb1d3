package dev.playground.engine.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt's tools in files ({@code .prompt.yaml} and bundle versions): a {@code tools:} list of
 * {@code {name, description, parameters, mocks}} with the parameters written as YAML (not a JSON string), and
 * {@code toolChoice:} as a word or a tool's name. Reading does not judge the tools: {@link ToolCheck} does.
 */
public final class ToolSetYaml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolSetYaml() {}

    /** The {@code tools:} value to write (parameters as a tree, so YAML writers show them as YAML). */
    public static List<Map<String, Object>> tools(ToolSet set) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition tool : set.tools()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", tool.name());
            if (!tool.description().isEmpty()) entry.put("description", tool.description());
            entry.put("parameters", tree(tool.parameters()));
            if (!tool.mocks().isEmpty()) entry.put("mocks", tool.mocks());
            out.add(entry);
        }
        return out;
    }

    /** Reads {@code tools:} and {@code toolChoice:} nodes (either may be missing). */
    public static ToolSet read(JsonNode tools, JsonNode choice) {
        List<ToolDefinition> definitions = new ArrayList<>();
        if (tools != null && !tools.isMissingNode() && !tools.isNull()) {
            if (!tools.isArray()) throw new IllegalArgumentException("`tools:` must be a list of {name, description, parameters}.");
            int index = 1;
            for (JsonNode tool : tools) {
                if (!tool.isObject()) throw new IllegalArgumentException("Tool " + index + " must be a mapping with name, description and parameters.");
                JsonNode parameters = tool.get("parameters");
                String schema = parameters == null || parameters.isNull() ? null
                        : parameters.isTextual() ? parameters.asText() : parameters.toString();
                List<String> mocks = new ArrayList<>();
                JsonNode mockNode = tool.path("mocks");
                if (mockNode.isArray()) mockNode.forEach(m -> mocks.add(m.isTextual() ? m.asText() : m.toString()));
                else if (!mockNode.isMissingNode() && !mockNode.isNull()) mocks.add(mockNode.isTextual() ? mockNode.asText() : mockNode.toString());
                definitions.add(new ToolDefinition(tool.path("name").asText(""), tool.path("description").asText(""), schema, mocks));
                index++;
            }
        }
        String word = choice == null || choice.isMissingNode() || choice.isNull() ? "" : choice.asText("");
        return new ToolSet(definitions, ToolChoice.parse(word));
    }

    private static Object tree(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            return json; // kept as written; ToolCheck reports it
        }
    }
}
