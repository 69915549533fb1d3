package dev.playground.engine.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One row of a comparison: values for the prompt's variables, and the expected answer if any. */
public record VariableRow(String id, String label, Map<String, String> values, String expected) {
    public VariableRow {
        Objects.requireNonNull(id, "id");
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        expected = expected == null ? "" : expected;
        label = label == null || label.isBlank() ? id : label;
    }
}
