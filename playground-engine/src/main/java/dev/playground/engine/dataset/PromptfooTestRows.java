package dev.playground.engine.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * promptfoo tests and dataset rows, both ways. {@code vars} are the inputs, {@code assert} and {@code threshold} the
 * row's checks, {@code description} and {@code metadata} carried as they are. promptfoo has no field for MLflow's
 * expectations or tags: in a test they travel under {@code metadata.expectations} and {@code metadata.tags}, and in a
 * CSV table as columns {@code expectations.expected_response}, {@code expectations.expected_facts},
 * {@code expectations.guidelines} and {@code tags.NAME} (which the table reader hands over as variables). Other test
 * fields ({@code options}, {@code provider}, …) are kept in the metadata as {@code promptfoo.FIELD} and written back.
 */
public final class PromptfooTestRows {
    static final String EXPECTATIONS_PREFIX = "expectations.";
    static final String TAGS_PREFIX = "tags.";
    static final String KEPT_PREFIX = "promptfoo.";
    private static final Set<String> MODELLED = Set.of("vars", "assert", "threshold", "description", "metadata");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PromptfooTestRows() {}

    /** The row a test describes; an IllegalArgumentException in words for the user when a field has the wrong shape. */
    public static DatasetRow fromTest(JsonNode test) {
        if (!test.isObject()) throw new IllegalArgumentException("a test must be an object with \"vars\", not " + DatasetJson.kind(test));
        JsonNode vars = test.path("vars");
        if (!vars.isMissingNode() && !vars.isNull() && !vars.isObject()) {
            throw new IllegalArgumentException("\"vars\" must be an object of variable values, not " + DatasetJson.kind(vars));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        ObjectNode expectations = NODES.objectNode();
        vars.properties().forEach(e -> {
            String name = e.getKey();
            if (name.startsWith(EXPECTATIONS_PREFIX) && DatasetJson.EXPECTATION_FIELDS.contains(name.substring(EXPECTATIONS_PREFIX.length()))) {
                String field = name.substring(EXPECTATIONS_PREFIX.length());
                String text = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
                if (field.equals("expected_response")) { if (!text.isEmpty()) expectations.put(field, text); }
                else if (!text.isBlank()) expectations.set(field, DatasetJson.MAPPER.valueToTree(ListCells.read(text)));
            } else if (name.startsWith(TAGS_PREFIX) && name.length() > TAGS_PREFIX.length()) {
                String text = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
                if (!text.isEmpty()) tags.put(name.substring(TAGS_PREFIX.length()), text);
            } else {
                inputs.put(name, DatasetJson.MAPPER.convertValue(e.getValue(), Object.class));
            }
        });
        Map<String, Object> metadata = new LinkedHashMap<>(DatasetJson.object(test.path("metadata"), "metadata"));
        if (metadata.get("expectations") instanceof Map<?, ?> kept) {
            metadata.remove("expectations");
            expectations.setAll((ObjectNode) DatasetJson.MAPPER.valueToTree(kept));
        }
        if (metadata.get("tags") instanceof Map<?, ?> kept) {
            metadata.remove("tags");
            kept.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        test.properties().forEach(e -> {
            if (!MODELLED.contains(e.getKey())) metadata.put(KEPT_PREFIX + e.getKey(), DatasetJson.MAPPER.convertValue(e.getValue(), Object.class));
        });
        JsonNode response = expectations.path("expected_response");
        JsonNode description = test.path("description");
        return new DatasetRow(inputs, response.isMissingNode() || response.isNull() ? null : response.asText(),
                DatasetJson.texts(expectations.path("expected_facts"), "expected_facts"),
                DatasetJson.texts(expectations.path("guidelines"), "guidelines"),
                description.isValueNode() && !description.isNull() ? description.asText() : "", tags, metadata,
                DatasetJson.assertions(test.path("assert")), DatasetJson.threshold(test.path("threshold")));
    }

    /** The test promptfoo runs for {@code row}, with expectations and tags kept in its metadata. */
    public static ObjectNode toTest(DatasetRow row) {
        ObjectNode test = NODES.objectNode();
        if (!row.description().isEmpty()) test.put("description", row.description());
        test.set("vars", DatasetJson.MAPPER.valueToTree(row.inputs()));
        if (!row.assertions().isEmpty()) test.set("assert", DatasetJson.MAPPER.valueToTree(row.assertions()));
        if (row.threshold() != null) test.put("threshold", row.threshold());
        ObjectNode metadata = NODES.objectNode();
        row.metadata().forEach((key, value) -> {
            if (key.startsWith(KEPT_PREFIX)) test.set(key.substring(KEPT_PREFIX.length()), DatasetJson.MAPPER.valueToTree(value));
            else metadata.set(key, DatasetJson.MAPPER.valueToTree(value));
        });
        JsonNode expectations = DatasetJson.toNode(row).path("expectations");
        if (expectations.isObject()) metadata.set("expectations", expectations);
        if (!row.tags().isEmpty()) metadata.set("tags", DatasetJson.MAPPER.valueToTree(row.tags()));
        if (!metadata.isEmpty()) test.set("metadata", metadata);
        return test;
    }

    /** Rows from tests read by the promptfoo reader; a bad test is named by its place in the file. */
    public static List<DatasetRow> fromTests(Iterable<JsonNode> tests, String file) {
        List<DatasetRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode test : tests) {
            index++;
            try {
                rows.add(fromTest(test));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", test " + index + ": " + e.getMessage() + ".", e);
            }
        }
        return rows;
    }
}
