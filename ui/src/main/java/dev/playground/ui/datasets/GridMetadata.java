package dev.playground.ui.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row's metadata as grid text, one {@code key=value} per line, and back. A value is written as JSON when it is not
 * plain one-line text (a number, a list, a text with line breaks or one that reads as JSON, such as "true"), so that
 * reading the text back gives the same values and types.
 */
final class GridMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GridMetadata() {}

    static String text(Map<String, Object> metadata) {
        List<String> lines = new ArrayList<>();
        metadata.forEach((key, value) -> lines.add(key + "=" + valueText(value)));
        return String.join("\n", lines);
    }

    static Map<String, Object> read(String text) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String line : GridCells.lines(text)) {
            int equals = line.indexOf('=');
            String key = (equals < 0 ? line : line.substring(0, equals)).strip();
            if (key.isEmpty()) continue;
            metadata.put(key, equals < 0 ? "" : value(line.substring(equals + 1).strip()));
        }
        return metadata;
    }

    private static String valueText(Object value) {
        if (value instanceof String text && !text.contains("\n") && !text.contains("\r") && text.equals(text.strip()) && !readsAsJson(text)) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static Object value(String text) {
        if (text.isEmpty()) return "";
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static boolean readsAsJson(String text) {
        if (text.isEmpty()) return false;
        try {
            JSON.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
