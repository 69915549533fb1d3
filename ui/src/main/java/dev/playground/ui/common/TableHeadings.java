package dev.playground.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Keeps a table's column headings whole in any language: once the table is styled (its first width), each column is
 * made at least as wide as its heading's text in the heading's own font, with room for padding and a sort arrow.
 */
public final class TableHeadings {
    private TableHeadings() {}

    public static void keepWhole(TableView<?> table) {
        table.widthProperty().addListener((obs, old, now) -> fit(table));
        // A table first shown later (on a tab not in front) gets its headings after its first width: fit once they are styled.
        table.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) fit(table);
        });
    }

    static void fit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header .label")) {
            if (!(node instanceof Label heading) || heading.getText() == null) continue;
            Text probe = new Text(heading.getText());
            probe.setFont(heading.getFont());
            double needed = Math.ceil(probe.getLayoutBounds().getWidth() + heading.snappedLeftInset() + heading.snappedRightInset()) + 22;
            for (TableColumn<?, ?> column : table.getColumns()) {
                if (heading.getText().equals(column.getText()) && column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                    column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
                }
            }
        }
    }
}
