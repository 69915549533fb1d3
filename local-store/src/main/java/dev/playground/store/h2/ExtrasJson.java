package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;

/** A version's extra sections as JSON with sorted keys; null or empty reads back as an empty map. */
final class ExtrasJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ExtrasJson() {}

    static String write(Map<String, Object> extras) {
        if (extras == null || extras.isEmpty()) return null;
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(extras));
        } catch (Exception e) {
            throw new IllegalArgumentException("The extra sections of a version cannot be stored as JSON: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            return MAPPER.readValue(json, new TypeReference<TreeMap<String, Object>>() {});
        } catch (Exception e) {
            throw new IllegalStateException("The stored extra sections of a version are not readable: " + e.getMessage(), e);
        }
    }
}
