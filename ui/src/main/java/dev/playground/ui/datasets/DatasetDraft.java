package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import java.util.List;

/**
 * The dataset grid's unsaved work as kept in the store (JSON): the name it will be saved under, the version it was
 * opened from, and its columns and rows.
 */
public record DatasetDraft(String name, String openedFrom, List<String> columns, List<DatasetRow> rows) {
    public DatasetDraft {
        name = name == null ? "" : name;
        openedFrom = openedFrom == null ? "" : openedFrom;
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
