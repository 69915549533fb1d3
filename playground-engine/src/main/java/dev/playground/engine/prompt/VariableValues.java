package dev.playground.engine.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the values people type (flat, text, keys like {@code user.name}) into what the template
 * engine needs: nested maps for dotted keys, and lists or maps for variables the template loops
 * over or reads fields from when their text is JSON.
 */
public final class VariableValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VariableValues() {}

    public static Map<String, Object> prepare(Map<String, ?> values, PromptTemplate template) {
        return prepare(values, TemplateVariables.inputs(template));
    }

    public static Map<String, Object> prepare(Map<String, ?> values, TemplateVariables.Inputs inputs) {
        Set<String> loopSources = inputs.loopSources();
        List<String> paths = inputs.paths();
        Map<String, Object> nested = new LinkedHashMap<>();
        values.forEach((key, value) -> put(nested, key, value));
        for (String path : paths) {
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            if (path.contains(".")) parseJsonAt(nested, head);
        }
        for (String source : loopSources) parseJsonAt(nested, source);
        return nested;
    }

    /** The input variables that {@code prepared} gives no value for. */
    public static List<String> missing(PromptTemplate template, Map<String, Object> prepared) {
        return missing(TemplateVariables.inputs(template), prepared);
    }

    public static List<String> missing(TemplateVariables.Inputs inputs, Map<String, Object> prepared) {
        List<String> missing = new ArrayList<>();
        for (String path : inputs.paths()) {
            if (lookup(prepared, path) == null) missing.add(path);
        }
        return missing;
    }

    static Object lookup(Map<String, Object> values, String path) {
        Object current = values;
        for (String segment : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(segment)) return null;
            current = map.get(segment);
            if (current == null) return null;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> target, String key, Object value) {
        String[] segments = key.split("\\.");
        Map<String, Object> current = target;
        for (int i = 0; i < segments.length - 1; i++) {
            Object next = current.get(segments[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                current.put(segments[i], next);
            }
            current = (Map<String, Object>) next;
        }
        Object existing = current.get(segments[segments.length - 1]);
        if (existing instanceof Map<?, ?> && !(value instanceof Map<?, ?>)) return;
        current.put(segments[segments.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void parseJsonAt(Map<String, Object> values, String path) {
        String[] segments = path.split("\\.");
        Map<String, Object> parent = values;
        for (int i = 0; i < segments.length - 1; i++) {
            if (!(parent.get(segments[i]) instanceof Map<?, ?> map)) return;
            parent = (Map<String, Object>) map;
        }
        String last = segments[segments.length - 1];
        if (parent.get(last) instanceof String text && looksLikeJson(text)) {
            try {
                parent.put(last, JSON.readValue(text, Object.class));
            } catch (JsonProcessingException notJson) {
                // Plain text that happens to start with a bracket: keep it as typed.
            }
        }
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") && trimmed.endsWith("]") || trimmed.startsWith("{") && trimmed.endsWith("}");
    }
}
