package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small readers for optional fields of a parsed tree; absent or null reads as empty or null. */
final class Json {
    private Json() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    static Double dbl(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isNumber() && !value.isTextual() ? null : value.asDouble();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isNumber() && !value.isTextual() ? null : value.asInt();
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(item -> out.add(item.asText()));
        else if (node.isValueNode() && !node.isNull()) out.add(node.asText());
        return out;
    }

    /** A mapping of names to values, with non-text values kept as their JSON text. */
    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        return out;
    }
}
