package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid's edits are command objects: each one undoes exactly, and the history redoes what was undone. */
class GridEditTest {
    private final List<DatasetRow> rows = new ArrayList<>(List.of(row("a"), row("b"), row("c")));
    private final List<String> columns = new ArrayList<>(List.of("q"));
    private final EditHistory history = new EditHistory(rows, columns);

    private static DatasetRow row(String q) {
        return DatasetRow.of(Map.of("q", q));
    }

    private List<Object> values() {
        return rows.stream().map(r -> r.inputs().get("q")).toList();
    }

    @Test
    void insert_and_remove_rows_undo_and_redo() {
        history.apply(new GridEdit.InsertRows(1, List.of(row("x"), row("y")), List.of("extra")));
        assertThat(values()).containsExactly("a", "x", "y", "b", "c");
        assertThat(columns).containsExactly("q", "extra");

        history.apply(GridEdit.RemoveRows.of(rows, List.of(0, 2, 4)));
        assertThat(values()).containsExactly("x", "b");

        assertThat(history.undo()).isTrue();
        assertThat(values()).containsExactly("a", "x", "y", "b", "c");
        assertThat(history.undo()).isTrue();
        assertThat(values()).containsExactly("a", "b", "c");
        assertThat(columns).containsExactly("q");
        assertThat(history.undo()).isFalse();

        assertThat(history.redo()).isTrue();
        assertThat(history.redo()).isTrue();
        assertThat(values()).containsExactly("x", "b");
        assertThat(history.redo()).isFalse();
    }

    @Test
    void a_new_edit_drops_what_could_be_redone_and_changes_count_back_to_saved() {
        history.apply(new GridEdit.ChangeRow(0, rows.get(0), row("A")));
        history.markSaved();
        assertThat(history.changes()).isZero();
        history.apply(new GridEdit.ChangeRow(1, rows.get(1), row("B")));
        assertThat(history.changes()).isEqualTo(1);
        history.undo();
        assertThat(history.changes()).isZero();
        assertThat(history.canRedo()).isTrue();
        history.apply(new GridEdit.ChangeRow(2, rows.get(2), row("C")));
        assertThat(history.canRedo()).isFalse();
        assertThat(values()).containsExactly("A", "b", "C");
        history.undo();
        history.undo();
        assertThat(values()).containsExactly("a", "b", "c");
        assertThat(history.changes()).isEqualTo(-1);
    }

    @Test
    void replace_all_restores_rows_and_columns() {
        history.apply(new GridEdit.ReplaceAll(rows, columns, List.of(DatasetRow.of(Map.of("city", "Lima"))), List.of("city")));
        assertThat(columns).containsExactly("city");
        assertThat(rows).hasSize(1);
        history.undo();
        assertThat(columns).containsExactly("q");
        assertThat(values()).containsExactly("a", "b", "c");
    }
}
