package dev.playground.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * Labels that wrap instead of cutting their text with an ellipsis: hints and the notes an empty list
 * or table shows. A note on an empty list is as wide as the list and as high as its lines need.
 */
public final class Wrapping {
    private Wrapping() {}

    /** A label that wraps and is never made lower than its lines. */
    public static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows {@code text}, wrapped to the list's width, while the list is empty. */
    public static void placeholder(ListView<?> list, String text) {
        Label label = label(text);
        label.maxWidthProperty().bind(list.widthProperty().subtract(16));
        list.setPlaceholder(label);
    }

    /** Shows {@code text}, wrapped to the table's width, while the table is empty. */
    public static void placeholder(TableView<?> table, String text) {
        Label label = label(text);
        label.maxWidthProperty().bind(table.widthProperty().subtract(16));
        table.setPlaceholder(label);
    }
}
