package dev.playground.engine.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a dataset, in the shape of an MLflow evaluation record: the variable values the prompt is filled with
 * ({@code inputs}, in column order) and what a good answer looks like ({@code expectedResponse}, {@code expectedFacts},
 * {@code guidelines}). {@code assertions} are checks written for this row in promptfoo's form ({@code type},
 * {@code value}, {@code threshold}, {@code weight}, {@code metric}), {@code threshold} the score the row needs to pass;
 * {@code tags} and {@code metadata} are free. Values in {@code inputs} and {@code metadata} are JSON values (text,
 * numbers, booleans, lists, maps). {@code expectedResponse} and {@code threshold} are null when not given.
 */
public record DatasetRow(Map<String, Object> inputs, String expectedResponse, List<String> expectedFacts, List<String> guidelines,
                         String description, Map<String, String> tags, Map<String, Object> metadata,
                         List<Map<String, Object>> assertions, Double threshold) {
    public DatasetRow {
        inputs = frozen(inputs);
        expectedFacts = expectedFacts == null ? List.of() : List.copyOf(expectedFacts);
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
        description = description == null ? "" : description;
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        metadata = frozen(metadata);
        List<Map<String, Object>> checks = new ArrayList<>();
        if (assertions != null) assertions.forEach(a -> checks.add(frozen(a)));
        assertions = List.copyOf(checks);
    }

    /** A row of variable values only. */
    public static DatasetRow of(Map<String, ?> inputs) {
        return new DatasetRow(new LinkedHashMap<>(inputs), null, List.of(), List.of(), "", Map.of(), Map.of(), List.of(), null);
    }

    public DatasetRow withExpectedResponse(String response) {
        return new DatasetRow(inputs, response, expectedFacts, guidelines, description, tags, metadata, assertions, threshold);
    }

    public DatasetRow withExpectedFacts(List<String> facts) {
        return new DatasetRow(inputs, expectedResponse, facts, guidelines, description, tags, metadata, assertions, threshold);
    }

    public DatasetRow withGuidelines(List<String> rules) {
        return new DatasetRow(inputs, expectedResponse, expectedFacts, rules, description, tags, metadata, assertions, threshold);
    }

    public DatasetRow withDescription(String text) {
        return new DatasetRow(inputs, expectedResponse, expectedFacts, guidelines, text, tags, metadata, assertions, threshold);
    }

    public DatasetRow withTags(Map<String, String> newTags) {
        return new DatasetRow(inputs, expectedResponse, expectedFacts, guidelines, description, newTags, metadata, assertions, threshold);
    }

    public DatasetRow withMetadata(Map<String, ?> newMetadata) {
        return new DatasetRow(inputs, expectedResponse, expectedFacts, guidelines, description, tags, new LinkedHashMap<>(newMetadata),
                assertions, threshold);
    }

    public DatasetRow withAssertions(List<Map<String, Object>> checks, Double rowThreshold) {
        return new DatasetRow(inputs, expectedResponse, expectedFacts, guidelines, description, tags, metadata, checks, rowThreshold);
    }

    /** Whether the row says anything about a good answer (expectations or assertions). */
    public boolean hasExpectations() {
        return expectedResponse != null || !expectedFacts.isEmpty() || !guidelines.isEmpty() || !assertions.isEmpty();
    }

    private static Map<String, Object> frozen(Map<String, ?> values) {
        if (values == null || values.isEmpty()) return Map.of();
        // LinkedHashMap keeps the column order and allows JSON nulls, which Map.copyOf refuses.
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
