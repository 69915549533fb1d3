package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a grid cell and back. Lists (expected facts, guidelines) are one item per line; tags are one
 * {@code key=value} per line; an input that is not text (a number, a list) shows as written and becomes text only when edited.
 */
public final class GridCells {
    private GridCells() {}

    public static String text(DatasetRow row, GridColumn column) {
        return switch (column.kind()) {
            case INPUT -> inputText(row.inputs().get(column.name()));
            case EXPECTED_RESPONSE -> row.expectedResponse() == null ? "" : row.expectedResponse();
            case EXPECTED_FACTS -> String.join("\n", row.expectedFacts());
            case GUIDELINES -> String.join("\n", row.guidelines());
            case TAGS -> {
                List<String> lines = new ArrayList<>();
                row.tags().forEach((key, value) -> lines.add(value.isEmpty() ? key : key + "=" + value));
                yield String.join("\n", lines);
            }
            case METADATA -> GridMetadata.text(row.metadata());
        };
    }

    /** {@code row} with the cell of {@code column} set from {@code text}; the same row when the text did not change. */
    public static DatasetRow with(DatasetRow row, GridColumn column, String text) {
        String value = text == null ? "" : text;
        if (value.equals(text(row, column))) return row;
        return switch (column.kind()) {
            case INPUT -> withInput(row, column.name(), value);
            case EXPECTED_RESPONSE -> row.withExpectedResponse(value.isEmpty() ? null : value);
            case EXPECTED_FACTS -> row.withExpectedFacts(lines(value));
            case GUIDELINES -> row.withGuidelines(lines(value));
            case TAGS -> row.withTags(tags(value));
            case METADATA -> row.withMetadata(GridMetadata.read(value));
        };
    }

    /** {@code row} with input {@code name} set to {@code value} (added at the end when the row lacks it). */
    public static DatasetRow withInput(DatasetRow row, String name, Object value) {
        Map<String, Object> inputs = new LinkedHashMap<>(row.inputs());
        inputs.put(name, value);
        return new DatasetRow(inputs, row.expectedResponse(), row.expectedFacts(), row.guidelines(), row.description(), row.tags(),
                row.metadata(), row.assertions(), row.threshold());
    }

    /** A row with every input of {@code columns} empty and no expectations. */
    public static DatasetRow blank(List<String> inputNames) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputNames.forEach(name -> inputs.put(name, ""));
        return DatasetRow.of(inputs);
    }

    static List<String> lines(String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) if (!line.isBlank()) items.add(line.strip());
        return items;
    }

    static Map<String, String> tags(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int equals = line.indexOf('=');
            if (equals < 0) tags.put(line, "");
            else tags.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        tags.remove("");
        return tags;
    }

    private static String inputText(Object value) {
        if (value == null) return "";
        return String.valueOf(value);
    }
}
