package dev.playground.engine.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of texts (expected facts, guidelines) in one spreadsheet cell: one item per line, which is easy to type;
 * a JSON array when an item holds a line break, is blank or would make the cell look like JSON, so nothing changes
 * on the way back.
 */
final class ListCells {
    private ListCells() {}

    static String write(List<String> items) {
        boolean plain = items.stream().noneMatch(item -> item.isBlank() || item.contains("\n") || item.contains("\r"))
                && (items.isEmpty() || !items.get(0).startsWith("["));
        if (plain) return String.join("\n", items);
        try {
            return DatasetJson.MAPPER.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of texts is always JSON", e);
        }
    }

    static List<String> read(String cell) {
        if (cell.strip().startsWith("[")) {
            try {
                JsonNode node = DatasetJson.MAPPER.readTree(cell);
                if (node.isArray()) return DatasetJson.texts(node, "list");
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // not a JSON list after all: read it line by line
            }
        }
        List<String> items = new ArrayList<>();
        for (String line : cell.split("\\r?\\n")) if (!line.isBlank()) items.add(line);
        return items;
    }
}
