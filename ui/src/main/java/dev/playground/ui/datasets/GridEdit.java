package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One undoable change to the grid's rows and input columns (a command object): {@link #apply} makes it,
 * {@link #undo} takes it back exactly. Edits hold the rows they replace, so undo needs nothing else.
 */
public sealed interface GridEdit {
    void apply(List<DatasetRow> rows, List<String> columns);

    void undo(List<DatasetRow> rows, List<String> columns);

    /** Rows put in at {@code at} (added, duplicated or pasted), with the input columns they bring that the grid lacked. */
    record InsertRows(int at, List<DatasetRow> inserted, List<String> newColumns) implements GridEdit {
        public InsertRows {
            inserted = List.copyOf(inserted);
            newColumns = List.copyOf(newColumns);
        }

        @Override
        public void apply(List<DatasetRow> rows, List<String> columns) {
            columns.addAll(newColumns);
            rows.addAll(at, inserted);
        }

        @Override
        public void undo(List<DatasetRow> rows, List<String> columns) {
            rows.subList(at, at + inserted.size()).clear();
            columns.removeAll(newColumns);
        }
    }

    /** Rows taken out, by their index before the edit. */
    record RemoveRows(SortedMap<Integer, DatasetRow> removed) implements GridEdit {
        public RemoveRows {
            removed = new TreeMap<>(removed);
        }

        static RemoveRows of(List<DatasetRow> rows, List<Integer> indices) {
            SortedMap<Integer, DatasetRow> removed = new TreeMap<>();
            indices.forEach(i -> removed.put(i, rows.get(i)));
            return new RemoveRows(removed);
        }

        @Override
        public void apply(List<DatasetRow> rows, List<String> columns) {
            new ArrayList<>(removed.keySet()).reversed().forEach(i -> rows.remove((int) i));
        }

        @Override
        public void undo(List<DatasetRow> rows, List<String> columns) {
            removed.forEach(rows::add);
        }
    }

    /** One row changed (a cell edited). */
    record ChangeRow(int index, DatasetRow before, DatasetRow after) implements GridEdit {
        @Override
        public void apply(List<DatasetRow> rows, List<String> columns) {
            rows.set(index, after);
        }

        @Override
        public void undo(List<DatasetRow> rows, List<String> columns) {
            rows.set(index, before);
        }
    }

    /** Everything replaced at once: a file imported, a column added or removed. */
    record ReplaceAll(List<DatasetRow> rowsBefore, List<String> columnsBefore, List<DatasetRow> rowsAfter, List<String> columnsAfter)
            implements GridEdit {
        public ReplaceAll {
            rowsBefore = List.copyOf(rowsBefore);
            columnsBefore = List.copyOf(columnsBefore);
            rowsAfter = List.copyOf(rowsAfter);
            columnsAfter = List.copyOf(columnsAfter);
        }

        @Override
        public void apply(List<DatasetRow> rows, List<String> columns) {
            set(rows, rowsAfter, columns, columnsAfter);
        }

        @Override
        public void undo(List<DatasetRow> rows, List<String> columns) {
            set(rows, rowsBefore, columns, columnsBefore);
        }

        private static void set(List<DatasetRow> rows, List<DatasetRow> newRows, List<String> columns, List<String> newColumns) {
            if (!columns.equals(newColumns)) {
                columns.clear();
                columns.addAll(newColumns);
            }
            rows.clear();
            rows.addAll(newRows);
        }
    }
}
