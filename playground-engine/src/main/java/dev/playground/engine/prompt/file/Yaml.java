package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** YAML and JSON helpers shared by the prompt file formats: reading with line numbers, writing readable blocks. */
final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            // "4" and "true" must come back as text, not as a number or a boolean.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {}

    static JsonNode read(String text, String what, int firstLine) throws PromptFileException {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) return MAPPER.createObjectNode();
            if (!node.isObject()) throw new PromptFileException(what + " must be a set of `key: value` lines.", firstLine);
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr() + firstLine - 1;
            throw new PromptFileException(what + " is not valid YAML" + (line > 0 ? " at line " + line : "") + ": "
                    + e.getOriginalMessage() + ". Check the indentation and quotes there.", line, e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A prompt could not be written as YAML", e);
        }
    }

    /** A scalar as text; lists and maps as compact JSON (how variable values are kept). */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "";
        if (node.isValueNode()) return node.asText();
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value to write for a variable: JSON text becomes a YAML list or map again, other text stays text. */
    static Object value(String text) {
        String trimmed = text.strip();
        if ((trimmed.startsWith("[") && trimmed.endsWith("]")) || (trimmed.startsWith("{") && trimmed.endsWith("}"))) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                if (text(node).equals(text)) return node;
            } catch (JsonProcessingException notJson) {
                // Text that only looks like JSON stays text.
            }
        }
        return text;
    }

    /** Null when absent; an IllegalArgumentException (reported with the file) when it is there but not a number. */
    static Double number(JsonNode node, String name) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (!node.isNumber()) throw new IllegalArgumentException(name + ": '" + node.asText() + "' is not a number.");
        return node.asDouble();
    }

    /** Null when absent; an IllegalArgumentException when it is not a whole number that fits. */
    static Integer integer(JsonNode node, String name) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(name + ": '" + node.asText() + "' is not a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ".");
        }
        return node.asInt();
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) return values;
        if (node.isArray()) node.forEach(item -> values.add(item.asText()));
        else values.add(node.asText());
        return values;
    }

    static Map<String, String> textMap(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || !node.isObject()) return values;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            values.put(field.getKey(), text(field.getValue()));
        }
        return values;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
