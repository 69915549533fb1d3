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
 * Tools in the shape OpenAI's chat API takes them, which other formats reuse to carry tools (Langfuse's prompt
 * config, Prompty v1's model parameters, promptfoo's provider config): {@code tools: [{type: function, function:
 * {name, description, parameters}}]} and {@code tool_choice} as {@code auto}, {@code none}, {@code required} or
 * {@code {type: function, function: {name}}}. Saved answers have no place there.
 */
public final class OpenAiTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiTools() {}

    public static List<Map<String, Object>> tools(ToolSet set) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition tool : set.tools()) {
            Map<String, Object> function = new LinkedHashMap<>();
            function.put("name", tool.name());
            if (!tool.description().isEmpty()) function.put("description", tool.description());
            function.put("parameters", tree(tool.parameters()));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "function");
            entry.put("function", function);
            out.add(entry);
        }
        return out;
    }

    public static Object choice(ToolChoice choice) {
        return choice.mode() == ToolChoice.Mode.NAMED ? Map.of("type", "function", "function", Map.of("name", choice.tool())) : choice.text();
    }

    /** Reads {@code tools} and {@code tool_choice} (either may be missing); entries that are not function tools are skipped. */
    public static ToolSet read(JsonNode tools, JsonNode choice) {
        List<ToolDefinition> definitions = new ArrayList<>();
        if (tools != null && tools.isArray()) {
            for (JsonNode tool : tools) {
                JsonNode function = tool.path("function");
                if (!function.isObject()) continue;
                JsonNode parameters = function.path("parameters");
                definitions.add(new ToolDefinition(function.path("name").asText(""), function.path("description").asText(""),
                        parameters.isObject() ? parameters.toString() : null));
            }
        }
        return new ToolSet(definitions, readChoice(choice));
    }

    private static ToolChoice readChoice(JsonNode choice) {
        if (choice == null) return ToolChoice.AUTO;
        if (choice.isTextual()) return ToolChoice.parse(choice.asText());
        if (choice.path("function").path("name").isTextual()) return ToolChoice.named(choice.path("function").path("name").asText());
        return ToolChoice.AUTO;
    }

    private static Object tree(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            return Map.of("type", "object");
        }
    }
}
