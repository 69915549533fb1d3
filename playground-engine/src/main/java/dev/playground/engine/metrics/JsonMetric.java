package dev.playground.engine.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Passes when the whole output (surrounding whitespace aside) is valid JSON and, when a schema is
 * given, the value matches it. A Markdown code fence around the JSON fails: a program reading the
 * answer would fail too.
 */
public final class JsonMetric implements Metric {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JsonSchemaValidator schema;

    private JsonMetric(JsonSchemaValidator schema) {
        this.schema = schema;
    }

    public static JsonMetric validJson() {
        return new JsonMetric(null);
    }

    /** @throws IllegalArgumentException when the schema itself is not JSON */
    public static JsonMetric matchingSchema(String schemaJson) {
        try {
            JsonNode node = JSON.readTree(schemaJson);
            if (node == null || !(node.isObject() || node.isBoolean())) throw new IllegalArgumentException("A JSON Schema must be a JSON object.");
            return new JsonMetric(new JsonSchemaValidator(node));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The JSON Schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String name() {
        return schema == null ? "json" : "json-schema";
    }

    @Override
    public Score evaluate(MetricInput input) {
        JsonNode value;
        try {
            value = JSON.readTree(input.output().strip());
        } catch (JsonProcessingException e) {
            return Score.ofPass(name(), false, "not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (value == null || value.isMissingNode()) return Score.ofPass(name(), false, "not valid JSON: the output is empty");
        if (schema == null) return Score.ofPass(name(), true, "valid JSON");
        List<String> problems = schema.validate(value);
        if (problems.isEmpty()) return Score.ofPass(name(), true, "matches the schema");
        return Score.ofPass(name(), false, String.join("; ", problems));
    }
}
