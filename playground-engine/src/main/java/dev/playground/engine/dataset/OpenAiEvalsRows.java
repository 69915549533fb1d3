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

    /**
     * The row as an OpenAI evals sample: the chat it was read from when its {@code input} and {@code system} values are
     * unchanged, else a chat of the {@code system} value and a user message (the {@code input} value; a row with other
     * variables gives them as {@code name: value} lines, with a note); {@code ideal} is the kept list of acceptable
     * answers while its first is still the expected response, else the expected response. Other metadata fields go
     * back to the top level, as they were read.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode toSample(DatasetRow row, List<String> notes) {
        var sample = DatasetJson.MAPPER.createObjectNode();
        Map<String, Object> kept = row.metadata().get(KEY) instanceof Map<?, ?> m ? castMap(m) : Map.of();
        Object keptChat = kept.get("input");
        if (keptChat instanceof List<?> && sameAsChat(row, DatasetJson.MAPPER.valueToTree(keptChat))) {
            sample.set("input", DatasetJson.MAPPER.valueToTree(keptChat));
        } else if (row.inputs().size() == 1 && row.inputs().containsKey("input") && keptChat == null && textInput(row)) {
            sample.put("input", String.valueOf(row.inputs().get("input")));
        } else {
            var chat = sample.putArray("input");
            Object system = row.inputs().get("system");
            if (system != null && !String.valueOf(system).isEmpty()) chat.addObject().put("role", "system").put("content", text(system));
            chat.addObject().put("role", "user").put("content", userText(row, notes));
        }
        Object keptIdeal = kept.get("ideal");
        if (keptIdeal instanceof List<?> list && !list.isEmpty() && row.expectedResponse() != null
                && row.expectedResponse().equals(text(list.getFirst()))) {
            sample.set("ideal", DatasetJson.MAPPER.valueToTree(keptIdeal));
        } else if (row.expectedResponse() != null) {
            sample.put("ideal", row.expectedResponse());
        } else {
            String note = "rows without an expected response are written without \"ideal\" (OpenAI evals match templates need one)";
            if (!notes.contains(note)) notes.add(note);
        }
        row.metadata().forEach((key, value) -> {
            if (!key.equals(KEY) && !key.equals("input") && !key.equals("ideal")) sample.set(key, DatasetJson.MAPPER.valueToTree(value));
        });
        return sample;
    }

    /** A completion-style sample: read from text, and still only the one variable. */
    private static boolean textInput(DatasetRow row) {
        return row.inputs().get("input") instanceof String;
    }

    private static boolean sameAsChat(DatasetRow row, JsonNode chat) {
        List<String> notes = new ArrayList<>();
        DatasetRow fromChat = fromSample(DatasetJson.MAPPER.createObjectNode().set("input", chat), notes);
        Map<String, Object> others = new LinkedHashMap<>(row.inputs());
        others.keySet().removeAll(List.of("input", "system"));
        return others.isEmpty() && fromChat.inputs().equals(row.inputs());
    }

    private static String userText(DatasetRow row, List<String> notes) {
        Map<String, Object> others = new LinkedHashMap<>(row.inputs());
        others.remove("system");
        if (others.size() == 1 && others.containsKey("input")) return text(others.get("input"));
        if (others.size() == 1) return text(others.values().iterator().next());
        String note = "rows with several variables are written as \"name: value\" lines in the sample's user message";
        if (!notes.contains(note)) notes.add(note);
        StringBuilder out = new StringBuilder();
        others.forEach((name, value) -> out.append(out.isEmpty() ? "" : "\n").append(name).append(": ").append(text(value)));
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof String s) return s;
        return DatasetJson.MAPPER.valueToTree(value).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
