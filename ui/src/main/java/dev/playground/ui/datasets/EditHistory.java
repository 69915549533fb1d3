package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo over {@link GridEdit}s applied to one pair of lists. Plain Java (no JavaFX), so the commands are
 * tested with plain JUnit; {@link #changes()} counts edits since the last {@link #markSaved()} (undo counts back).
 */
public final class EditHistory {
    /** How many edits undo reaches back. */
    static final int DEPTH = 500;

    private final List<DatasetRow> rows;
    private final List<String> columns;
    private final Deque<GridEdit> done = new ArrayDeque<>();
    private final Deque<GridEdit> undone = new ArrayDeque<>();
    private int changes;

    public EditHistory(List<DatasetRow> rows, List<String> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Applies {@code edit} and makes it the one undo takes back; what was undone can no longer be redone. */
    public void apply(GridEdit edit) {
        edit.apply(rows, columns);
        done.push(edit);
        if (done.size() > DEPTH) done.removeLast();
        undone.clear();
        changes++;
    }

    public boolean undo() {
        if (done.isEmpty()) return false;
        GridEdit edit = done.pop();
        edit.undo(rows, columns);
        undone.push(edit);
        changes--;
        return true;
    }

    public boolean redo() {
        if (undone.isEmpty()) return false;
        GridEdit edit = undone.pop();
        edit.apply(rows, columns);
        done.push(edit);
        changes++;
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Forgets every edit: a version was loaded. */
    public void clear() {
        done.clear();
        undone.clear();
        changes = 0;
    }

    public void markSaved() {
        changes = 0;
    }

    /** Edits since the rows were loaded or saved; 0 means the grid holds what is stored. */
    public int changes() {
        return changes;
    }
}
