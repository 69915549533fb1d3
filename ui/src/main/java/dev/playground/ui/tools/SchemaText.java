package dev.playground.ui.tools;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A tool's parameters as the person types them: JSON, or the same schema written as YAML (as in a .prompt.yaml).
 * Either way the prompt keeps compact JSON; text that reads as neither is kept as typed so nothing is lost, and
 * {@link #read} says where it breaks.
 */
final class SchemaText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The text read: the tree, or where it could not be read (1-based line and column; column 0 when unknown). */
    record Read(JsonNode tree, boolean yaml, int line, int column) {
        boolean ok() {
            return tree != null;
        }
    }

    private SchemaText() {}

    static Read read(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) return new Read(JSON.createObjectNode().put("type", "object").set("properties", JSON.createObjectNode()), false, 0, 0);
        boolean looksJson = trimmed.startsWith("{") || trimmed.startsWith("[");
        try {
            return new Read(JSON.readTree(trimmed), false, 0, 0);
        } catch (JsonProcessingException json) {
            if (looksJson) return failure(json);
            try {
                JsonNode tree = YAML.readTree(trimmed);
                return tree == null ? failure(json) : new Read(tree, true, 0, 0);
            } catch (JsonProcessingException yaml) {
                return failure(yaml);
            }
        }
    }

    private static Read failure(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new Read(null, false, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()));
    }

    /** What the prompt keeps: compact JSON when the text reads, else the text as typed. */
    static String stored(String text) {
        Read read = read(text);
        return read.ok() ? read.tree().toString() : text == null ? "" : text.strip();
    }

    /** Stored parameters shown for editing: indented JSON, or the text as kept when it is not JSON. */
    static String shown(String parameters) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(parameters)).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            return parameters;
        }
    }
}
