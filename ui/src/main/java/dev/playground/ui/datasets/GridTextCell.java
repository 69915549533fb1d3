package dev.playground.ui.datasets;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A grid cell that shows at most a few lines of its text (the whole text in a tooltip) and edits in a text area:
 * Enter keeps the edit, Shift+Enter starts a new line (a new list item), Escape drops it, leaving the cell keeps it.
 */
final class GridTextCell<S> extends TableCell<S, String> {
    /** Lines shown in a cell before the rest is cut with an ellipsis. */
    static final int SHOWN_LINES = 3;

    private TextArea editor;

    GridTextCell() {
        getStyleClass().add("grid-cell");
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) return;
        super.startEdit();
        if (!isEditing()) return;
        editor = new TextArea(getItem() == null ? "" : getItem());
        editor.getStyleClass().add("grid-editor");
        editor.setWrapText(true);
        long lines = editor.getText().lines().count();
        editor.setPrefRowCount((int) Math.max(1, Math.min(6, lines)));
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && key.isShiftDown()) {
                editor.insertText(editor.getCaretPosition(), "\n");
                editor.setPrefRowCount(Math.min(6, editor.getPrefRowCount() + 1));
                key.consume();
            } else if (key.getCode() == KeyCode.ENTER) {
                commitEdit(editor.getText());
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                key.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing() && editor != null) commitEdit(editor.getText());
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem());
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        editor = null;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        } else if (isEditing() && editor != null) {
            setText(null);
            setGraphic(editor);
        } else {
            show(item);
        }
    }

    private void show(String item) {
        setGraphic(null);
        String text = item == null ? "" : item;
        setText(shown(text));
        setTooltip(text.length() > 40 || text.contains("\n") ? new Tooltip(text) : null);
    }

    /** The first {@link #SHOWN_LINES} lines, and an ellipsis when there are more. */
    static String shown(String text) {
        var lines = text.lines().toList();
        if (lines.size() <= SHOWN_LINES) return text;
        return String.join("\n", lines.subList(0, SHOWN_LINES)) + " …";
    }
}
