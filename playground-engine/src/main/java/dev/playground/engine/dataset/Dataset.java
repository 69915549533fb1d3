package dev.playground.engine.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rows of one dataset version, in order. */
public record Dataset(List<DatasetRow> rows) {
    public Dataset {
        rows = List.copyOf(rows);
    }

    /** The input names of every row, in the order they first appear: the columns of a grid or a CSV file. */
    public List<String> inputNames() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.addAll(row.inputs().keySet()));
        return List.copyOf(names);
    }

    public int size() {
        return rows.size();
    }
}
