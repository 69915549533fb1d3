package dev.playground.engine.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples of OpenAI evals ({@code {"input": …, "ideal": …}}, one per JSONL line): {@code input} is a chat (a list of
 * {@code role}/{@code content} messages) or a completion prompt (text). A chat's last user message becomes the
 * {@code input} variable and its system messages the {@code system} variable, so a prompt here can use them; the whole
 * chat is kept in the row's metadata ({@code openai_evals.input}) because earlier turns have no place in a row. A text
 * {@code ideal} is the expected response; a list of acceptable answers gives its first as the expected response and is
 * kept whole ({@code openai_evals.ideal}). Any other field of the sample is kept in the metadata under its own name.
 */
final class OpenAiEvalsRows {
    static final String KEY = "openai_evals";

    private OpenAiEvalsRows() {}

    static boolean matches(JsonNode node) {
        JsonNode input = node.path("input");
        return node.isObject() && !node.has("inputs") && !node.has("vars")
                && (node.has("ideal") && (input.isTextual() || input.isArray()) || input.isArray() && !input.isEmpty() && input.get(0).has("role"));
    }

    static DatasetRow fromSample(JsonNode node, List<String> notes) {
        JsonNode input = node.path("input");
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        if (input.isTextual()) {
            inputs.put("input", input.asText());
        } else {
            List<String> system = new ArrayList<>();
            String lastUser = null;
            int turns = 0;
            for (JsonNode message : input) {
                if (!message.isObject() || !message.path("content").isTextual()) {
                    throw new IllegalArgumentException("every message in \"input\" needs a \"role\" and a text \"content\", such as"
                            + " {\"role\": \"user\", \"content\": \"…\"}");
                }
                String role = message.path("role").asText();
                if (role.equals("system") || role.equals("developer")) system.add(message.path("content").asText());
                else {
                    if (lastUser != null || !role.equals("user")) turns++;
                    if (role.equals("user")) lastUser = message.path("content").asText();
                }
            }
            if (!system.isEmpty()) inputs.put("system", String.join("\n\n", system));
            inputs.put("input", lastUser == null ? "" : lastUser);
            kept.put("input", DatasetJson.MAPPER.convertValue(input, Object.class));
            if (turns > 0) notes.add("earlier conversation turns are kept in the row's metadata (" + KEY + ".input); only the last user"
                    + " message and the system message fill variables (input, system)");
        }
        String expected = null;
        JsonNode ideal = node.path("ideal");
        if (ideal.isTextual()) {
            expected = ideal.asText();
        } else if (ideal.isArray() && !ideal.isEmpty()) {
            expected = ideal.get(0).isTextual() ? ideal.get(0).asText() : ideal.get(0).toString();
            kept.put("ideal", DatasetJson.MAPPER.convertValue(ideal, Object.class));
            if (ideal.size() > 1) notes.add("a list of acceptable answers (ideal) gives its first as the expected response; the whole list is kept in"
                    + " the row's metadata (" + KEY + ".ideal)");
        } else if (!ideal.isMissingNode() && !ideal.isNull()) {
            expected = ideal.toString();
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!kept.isEmpty()) metadata.put(KEY, kept);
        node.properties().forEach(e -> {
            if (!e.getKey().equals("input") && !e.getKey().equals("ideal")) metadata.put(e.getKey(), DatasetJson.MAPPER.convertValue(e.getValue(), Object.class));
        });
        return new DatasetRow(inputs, expected, List.of(), List.of(), "", Map.of(), metadata, List.of(), null);
    }
}
