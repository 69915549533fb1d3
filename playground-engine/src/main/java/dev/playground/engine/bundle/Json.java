package dev.playground.engine.bundle;

import dev.playground.engine.model.SettingsRanges;
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

    /** Null when absent; an IllegalArgumentException naming the field when it is not a number (never read as 0). */
    static Double dbl(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isNumber()) return value.asDouble();
        if (value.isTextual()) return SettingsRanges.number(field, value.asText());
        throw new IllegalArgumentException(field + " '" + value + "' is not a number.");
    }

    /** Null when absent; an IllegalArgumentException naming the field when it is not a whole number that fits an int. */
    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        String text = value.asText().strip();
        if ((value.isIntegralNumber() && value.canConvertToInt()) || (value.isTextual() && text.matches("[+-]?\\d{1,10}") && fitsInt(text))) {
            return value.isNumber() ? value.asInt() : Integer.valueOf(text);
        }
        throw new IllegalArgumentException(field + " '" + text + "' is not a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ".");
    }

    private static boolean fitsInt(String text) {
        long value = Long.parseLong(text);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
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
