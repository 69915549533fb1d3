package dev.playground.ui.datasets;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows being edited in the Datasets view: every change goes through an undoable {@link GridEdit}. Touched on the
 * FX thread only; it does no store or file work (its owner, {@link DatasetsViewModel}, does that on the executor).
 */
public final class DatasetGridModel {
    private final ObservableList<DatasetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> inputColumns = FXCollections.observableArrayList();
    private final EditHistory history = new EditHistory(rows, inputColumns);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    /** Goes up with every edit, undo and redo: what an autosave listens to. */
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(this, "edits");

    /** Shows {@code dataset} as stored: no undo reaches before it and nothing is unsaved. */
    public void load(Dataset dataset) {
        inputColumns.setAll(dataset.inputNames());
        rows.setAll(dataset.rows());
        history.clear();
        changed();
    }

    /** Shows rows that are not stored (a restored draft): they count as unsaved. */
    public void restore(Dataset dataset) {
        load(new Dataset(List.of()));
        apply(new GridEdit.ReplaceAll(List.of(), List.of(), dataset.rows(), dataset.inputNames()));
    }

    /** Replaces every row (a file read into the grid); undo brings the old rows back. */
    public void replaceWith(Dataset dataset) {
        apply(new GridEdit.ReplaceAll(rows, inputColumns, dataset.rows(), dataset.inputNames()));
    }

    /** Adds an empty row at {@code at} (the end when out of range); returns where it went. */
    public int addRow(int at) {
        int index = at < 0 || at > rows.size() ? rows.size() : at;
        apply(new GridEdit.InsertRows(index, List.of(GridCells.blank(inputColumns)), List.of()));
        return index;
    }

    /** Copies the rows at {@code indices} and puts the copies right after the last of them. */
    public void duplicate(List<Integer> indices) {
        List<Integer> sorted = valid(indices);
        if (sorted.isEmpty()) return;
        List<DatasetRow> copies = sorted.stream().map(rows::get).toList();
        apply(new GridEdit.InsertRows(sorted.getLast() + 1, copies, List.of()));
    }

    public void delete(List<Integer> indices) {
        List<Integer> sorted = valid(indices);
        if (!sorted.isEmpty()) apply(GridEdit.RemoveRows.of(rows, sorted));
    }

    /** Sets one cell from its text; nothing happens (and nothing is added to undo) when the text is unchanged. */
    public void setCell(int index, GridColumn column, String text) {
        if (index < 0 || index >= rows.size()) return;
        DatasetRow before = rows.get(index);
        DatasetRow after = GridCells.with(before, column, text);
        if (after != before) apply(new GridEdit.ChangeRow(index, before, after));
    }

    /** Adds an input column (a prompt variable) with an empty cell in every row. */
    public void addColumn(String name) {
        String column = name == null ? "" : name.strip();
        if (column.isEmpty() || inputColumns.contains(column)) throw new IllegalArgumentException(column);
        List<String> columns = new ArrayList<>(inputColumns);
        columns.add(column);
        List<DatasetRow> filled = rows.stream().map(row -> GridCells.withInput(row, column, "")).toList();
        apply(new GridEdit.ReplaceAll(rows, inputColumns, filled, columns));
    }

    /** Takes an input column out of the grid and out of every row. */
    public void removeColumn(String name) {
        if (!inputColumns.contains(name)) return;
        List<String> columns = new ArrayList<>(inputColumns);
        columns.remove(name);
        List<DatasetRow> stripped = rows.stream().map(row -> {
            Map<String, Object> inputs = new LinkedHashMap<>(row.inputs());
            inputs.remove(name);
            return new DatasetRow(inputs, row.expectedResponse(), row.expectedFacts(), row.guidelines(), row.description(), row.tags(),
                    row.metadata(), row.assertions(), row.threshold());
        }).toList();
        apply(new GridEdit.ReplaceAll(rows, inputColumns, stripped, columns));
    }

    /** Pastes a block of spreadsheet rows at {@code at} (the end when out of range); returns how many rows came in. */
    public int paste(String text, int at) throws PastedRows.RefusedException {
        PastedRows.Result pasted = PastedRows.read(text, List.copyOf(inputColumns));
        if (pasted.rows().isEmpty()) return 0;
        int index = at < 0 || at > rows.size() ? rows.size() : at;
        apply(new GridEdit.InsertRows(index, pasted.rows(), pasted.newColumns()));
        return pasted.rows().size();
    }

    public void undo() {
        if (history.undo()) changed();
    }

    public void redo() {
        if (history.redo()) changed();
    }

    /** The grid as a dataset: each row's inputs in column order. */
    public Dataset toDataset() {
        List<DatasetRow> ordered = rows.stream().map(row -> {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputColumns.forEach(name -> {
                if (row.inputs().containsKey(name)) inputs.put(name, row.inputs().get(name));
            });
            row.inputs().forEach(inputs::putIfAbsent);
            return new DatasetRow(inputs, row.expectedResponse(), row.expectedFacts(), row.guidelines(), row.description(), row.tags(),
                    row.metadata(), row.assertions(), row.threshold());
        }).toList();
        return new Dataset(ordered);
    }

    /** The rows were saved: what the grid holds is stored now. Undo still works. */
    public void markSaved() {
        history.markSaved();
        changed();
    }

    private void apply(GridEdit edit) {
        history.apply(edit);
        changed();
    }

    private void changed() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(history.changes() != 0);
        edits.set(edits.get() + 1);
    }

    private List<Integer> valid(List<Integer> indices) {
        return indices.stream().filter(i -> i != null && i >= 0 && i < rows.size()).distinct().sorted().toList();
    }

    public ObservableList<DatasetRow> rows() { return rows; }
    public ObservableList<String> inputColumns() { return inputColumns; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty editsProperty() { return edits.getReadOnlyProperty(); }
}
