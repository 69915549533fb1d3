package dev.playground.engine.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the suite package, and conversions between trees and plain values. */
final class SuiteJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private SuiteJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    static Object plain(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return null;
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
