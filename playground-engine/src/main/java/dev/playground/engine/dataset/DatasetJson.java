package dev.playground.engine.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row as JSON in the MLflow evaluation-record shape: {@code inputs}, {@code expectations} ({@code expected_response},
 * {@code expected_facts}, {@code guidelines}) and {@code tags}, plus what MLflow has no field for ({@code description},
 * {@code metadata}, promptfoo's {@code assert} and {@code threshold}), each only when present. The store keeps
 * versions in this form and the JSONL and MLflow exports write it, so there is one mapping.
 */
public final class DatasetJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    /** Fields of a record this mapping reads; anything else in a record is kept in its metadata. */
    static final Set<String> RECORD_FIELDS = Set.of("inputs", "expectations", "tags", "description", "metadata", "assert", "threshold");
    static final Set<String> EXPECTATION_FIELDS = Set.of("expected_response", "expected_facts", "guidelines");

    private DatasetJson() {}

    public static ObjectNode toNode(DatasetRow row) {
        ObjectNode node = NODES.objectNode();
        node.set("inputs", MAPPER.valueToTree(row.inputs()));
        ObjectNode expectations = NODES.objectNode();
        if (row.expectedResponse() != null) expectations.put("expected_response", row.expectedResponse());
        if (!row.expectedFacts().isEmpty()) expectations.set("expected_facts", MAPPER.valueToTree(row.expectedFacts()));
        if (!row.guidelines().isEmpty()) expectations.set("guidelines", MAPPER.valueToTree(row.guidelines()));
        if (!expectations.isEmpty()) node.set("expectations", expectations);
        if (!row.tags().isEmpty()) node.set("tags", MAPPER.valueToTree(row.tags()));
        if (!row.description().isEmpty()) node.put("description", row.description());
        if (!row.metadata().isEmpty()) node.set("metadata", MAPPER.valueToTree(row.metadata()));
        if (!row.assertions().isEmpty()) node.set("assert", MAPPER.valueToTree(row.assertions()));
        if (row.threshold() != null) node.put("threshold", row.threshold());
        return node;
    }

    /**
     * Reads a record written by {@link #toNode} or by MLflow. A field of the wrong kind (inputs that are not an
     * object, facts that are not text) is an IllegalArgumentException in words for the user.
     */
    public static DatasetRow fromNode(JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException("a record must be a JSON object with \"inputs\", not " + kind(node));
        JsonNode inputs = node.path("inputs");
        if (!inputs.isObject()) {
            throw new IllegalArgumentException("\"inputs\" must be an object of variable values, such as {\"question\": \"…\"}"
                    + (inputs.isMissingNode() ? " (it is missing)" : ", not " + kind(inputs)));
        }
        JsonNode expectations = node.path("expectations");
        if (!expectations.isMissingNode() && !expectations.isNull() && !expectations.isObject()) {
            throw new IllegalArgumentException("\"expectations\" must be an object, not " + kind(expectations));
        }
        Map<String, Object> metadata = new LinkedHashMap<>(object(node.path("metadata"), "metadata"));
        expectations.properties().forEach(e -> {
            if (!EXPECTATION_FIELDS.contains(e.getKey())) metadata.put("expectations." + e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
        });
        node.properties().forEach(e -> {
            if (!RECORD_FIELDS.contains(e.getKey())) metadata.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
        });
        JsonNode response = expectations.path("expected_response");
        return new DatasetRow(object(inputs, "inputs"),
                response.isMissingNode() || response.isNull() ? null : response.isTextual() ? response.asText() : response.toString(),
                texts(expectations.path("expected_facts"), "expected_facts"), texts(expectations.path("guidelines"), "guidelines"),
                node.path("description").isTextual() ? node.path("description").asText() : "", tags(node.path("tags")), metadata,
                assertions(node.path("assert")), threshold(node.path("threshold")));
    }

    public static String rowsToJson(List<DatasetRow> rows) {
        ArrayNode array = NODES.arrayNode();
        rows.forEach(row -> array.add(toNode(row)));
        return array.toString();
    }

    public static List<DatasetRow> rowsFromJson(String json) {
        try {
            List<DatasetRow> rows = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json)) rows.add(fromNode(node));
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored dataset rows are not readable JSON", e);
        }
    }

    static Map<String, Object> object(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) return Map.of();
        if (!node.isObject()) throw new IllegalArgumentException("\"" + field + "\" must be an object, not " + kind(node));
        return MAPPER.convertValue(node, MAP);
    }

    /** A list of texts; one text alone is read as a list of one. */
    static List<String> texts(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (node.isTextual()) return List.of(node.asText());
        if (!node.isArray()) throw new IllegalArgumentException("\"" + field + "\" must be a list of texts, not " + kind(node));
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) throw new IllegalArgumentException("\"" + field + "\" must hold only texts, not " + kind(item));
            out.add(item.asText());
        }
        return out;
    }

    private static Map<String, String> tags(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Map.of();
        Map<String, String> tags = new LinkedHashMap<>();
        if (node.isArray()) {
            // Plain word tags, as some tools write them, become tags without a value.
            for (String tag : texts(node, "tags")) tags.put(tag, "");
            return tags;
        }
        if (!node.isObject()) throw new IllegalArgumentException("\"tags\" must be an object of names and values, not " + kind(node));
        node.properties().forEach(e -> tags.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return tags;
    }

    static List<Map<String, Object>> assertions(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (!node.isArray()) throw new IllegalArgumentException("\"assert\" must be a list of assertions, not " + kind(node));
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject() || !item.path("type").isTextual()) {
                throw new IllegalArgumentException("every assertion in \"assert\" needs a \"type\", such as {type: contains, value: Paris}");
            }
            out.add(MAPPER.convertValue(item, MAP));
        }
        return out;
    }

    static Double threshold(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return null;
        if (!node.isNumber()) throw new IllegalArgumentException("\"threshold\" must be a number from 0 to 1, not " + kind(node));
        return node.asDouble();
    }

    static String kind(JsonNode node) {
        if (node.isMissingNode()) return "nothing";
        if (node.isObject()) return "an object";
        if (node.isArray()) return "a list";
        if (node.isTextual()) return "text";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return "true/false";
        return "null";
    }
}
