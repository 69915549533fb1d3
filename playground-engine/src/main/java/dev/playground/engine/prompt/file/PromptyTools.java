package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.tool.OpenAiTools;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt's tools in a {@code .prompty} file. Prompty v2 has a top-level {@code tools} list whose function tools
 * ({@code kind: function}) carry a name, a description and their parameters as Prompty properties; v1 passed OpenAI
 * tools through {@code model.parameters.tools} and {@code tools_choice}. Both are read; v2 is written. What Prompty
 * cannot say goes under {@code metadata.playground}, so a round trip keeps it: a parameter schema the properties do
 * not express exactly ({@code toolParameters}), the answers saved with a tool ({@code toolMocks}) and the tool choice
 * ({@code toolChoice}). Tools of other kinds (MCP, OpenAPI, another prompty) are not read, and a note says so.
 */
final class PromptyTools {
    private PromptyTools() {}

    static List<Map<String, Object>> write(ToolSet tools) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition tool : tools.tools()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", tool.name());
            entry.put("kind", "function");
            if (!tool.description().isEmpty()) entry.put("description", tool.description());
            entry.put("parameters", properties(schema(tool), true));
            out.add(entry);
        }
        return out;
    }

    /** The {@code metadata.playground} entries the tools need (empty when Prompty's own fields say it all). */
    static Map<String, Object> extras(ToolSet tools) {
        Map<String, Object> extras = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> mocks = new LinkedHashMap<>();
        for (ToolDefinition tool : tools.tools()) {
            JsonNode schema = schema(tool);
            JsonNode said = PromptyFormat.schemaFromOutputs(Yaml.MAPPER.valueToTree(properties(schema, true)));
            if (!said.equals(schema)) parameters.put(tool.name(), Yaml.MAPPER.convertValue(schema, Object.class));
            if (!tool.mocks().isEmpty()) mocks.put(tool.name(), tool.mocks());
        }
        if (!parameters.isEmpty()) extras.put("toolParameters", parameters);
        if (!mocks.isEmpty()) extras.put("toolMocks", mocks);
        if (!tools.isEmpty() && tools.choice().mode() != ToolChoice.Mode.AUTO) extras.put("toolChoice", tools.choice().text());
        return extras;
    }

    /** The tools of a front matter (v2 {@code tools}, else v1 {@code model.parameters.tools}); notes say what was left out. */
    static ToolSet read(JsonNode front, JsonNode playground, List<String> notes) {
        List<ToolDefinition> tools = new ArrayList<>();
        ToolChoice choice = ToolChoice.AUTO;
        JsonNode v2 = front.path("tools");
        JsonNode v1 = front.path("model").path("parameters");
        if (v2.isArray() || v2.isObject()) {
            for (Map.Entry<String, JsonNode> named : named(v2)) {
                JsonNode tool = named.getValue();
                String kind = tool.path("kind").asText("function");
                if (!kind.equals("function")) {
                    notes.add("the tool '" + named.getKey() + "' is a Prompty '" + kind + "' tool, which this app cannot run; it was left out "
                            + "(only function tools are read)");
                    continue;
                }
                JsonNode kept = playground.path("toolParameters").path(named.getKey());
                JsonNode schema = kept.isObject() ? kept : PromptyFormat.schemaFromOutputs(tool.path("parameters"));
                tools.add(new ToolDefinition(named.getKey(), tool.path("description").asText(""), schema.toString(), mocks(playground, named.getKey())));
            }
        } else if (v1.path("tools").isArray()) {
            ToolSet openAi = OpenAiTools.read(v1.path("tools"), v1.has("tools_choice") ? v1.get("tools_choice") : v1.get("tool_choice"));
            for (ToolDefinition tool : openAi.tools()) tools.add(tool.withMocks(mocks(playground, tool.name())));
            choice = openAi.choice();
        }
        if (playground.path("toolChoice").isTextual()) choice = ToolChoice.parse(playground.path("toolChoice").asText());
        return new ToolSet(tools, choice);
    }

    private static List<Map.Entry<String, JsonNode>> named(JsonNode tools) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (tools.isArray()) tools.forEach(t -> entries.add(Map.entry(t.path("name").asText(""), t)));
        else for (Iterator<Map.Entry<String, JsonNode>> it = tools.fields(); it.hasNext(); ) entries.add(it.next());
        return entries;
    }

    private static List<String> mocks(JsonNode playground, String tool) {
        List<String> mocks = new ArrayList<>();
        playground.path("toolMocks").path(tool).forEach(m -> mocks.add(m.isTextual() ? m.asText() : m.toString()));
        return mocks;
    }

    private static JsonNode schema(ToolDefinition tool) {
        try {
            return Yaml.JSON.readTree(tool.parameters());
        } catch (IOException e) {
            return Yaml.object();
        }
    }

    /**
     * A JSON Schema's top-level properties as Prompty properties (a tool's parameters, a prompt's outputs): name, kind,
     * description, enum values, and {@code required: false} for an optional one ({@code required: true} too when
     * {@code sayRequired}: a tool's parameters say both). Nested detail is not said here.
     */
    static List<Map<String, Object>> properties(JsonNode schema, boolean sayRequired) {
        List<Map<String, Object>> properties = new ArrayList<>();
        List<String> required = Yaml.strings(schema.get("required"));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", field.getKey());
            String type = value.path("type").asText("string");
            property.put("kind", type.equals("number") ? "float" : type);
            if (value.hasNonNull("description")) property.put("description", value.get("description").asText());
            if (value.path("enum").isArray()) property.put("enumValues", Yaml.MAPPER.convertValue(value.get("enum"), Object.class));
            if (!required.contains(field.getKey())) property.put("required", false);
            else if (sayRequired) property.put("required", true);
            properties.add(property);
        }
        return properties;
    }
}
