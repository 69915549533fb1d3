package dev.playground.ui.compare;

import dev.playground.ui.common.I18n;
import dev.playground.ui.playground.VariableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The head of one row: its name, a field per template variable, the expected answer and row actions. */
final class RowHeader {
    private final VBox root = new VBox(4);

    /** A field per variable; refilled when the draft or a column's prompt version brings other variables. */
    private final VBox fields = new VBox(4);
    private final javafx.collections.ListChangeListener<VariableValue> valuesListener;

    RowHeader(CompareViewModel viewModel, VariableRowModel row, I18n i18n) {
        this.valuesListener = change -> showFields(row);
        root.getStyleClass().add("row-header");
        root.setPrefWidth(CompareView.ROW_HEADER_WIDTH);
        root.setMaxWidth(CompareView.ROW_HEADER_WIDTH);

        TextField label = new TextField();
        label.textProperty().bindBidirectional(row.labelProperty());
        label.getStyleClass().add("row-label");
        root.getChildren().addAll(label, fields);
        showFields(row);
        row.values().addListener(new javafx.collections.WeakListChangeListener<>(valuesListener));
        // The row holds that listener weakly; the header's root node keeps this header (and so the listener) alive.
        root.getProperties().put(RowHeader.class, this);
        Label expectedName = dev.playground.ui.common.Wrapping.label(i18n.text("compare.row.expected"));
        expectedName.getStyleClass().add("hint");
        TextField expected = new TextField();
        expected.setId("row-" + row.id() + "-expected");
        expected.textProperty().bindBidirectional(row.expectedProperty());
        expectedName.setLabelFor(expected);
        root.getChildren().addAll(expectedName, expected, new HBox(2,
                VariantHeader.icon("fth-play", i18n.text("compare.row.run"), () -> viewModel.runs().runRow(row)),
                VariantHeader.icon("fth-trash-2", i18n.text("compare.row.remove"), () -> viewModel.grid().removeRow(row))));
    }

    private void showFields(VariableRowModel row) {
        fields.getChildren().clear();
        for (VariableValue value : row.values()) {
            Label name = dev.playground.ui.common.Wrapping.label(value.name());
            name.getStyleClass().add("hint");
            TextField field = new TextField();
            field.setId("row-" + row.id() + "-" + value.name());
            field.textProperty().bindBidirectional(value.valueProperty());
            name.setLabelFor(field);
            fields.getChildren().addAll(name, field);
        }
    }

    Node root() {
        return root;
    }
}
