package dev.playground.ui.compare;

import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.WordDiff;
import dev.playground.ui.common.DiffText;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Pick two cells and see their outputs' word-level differences. */
final class DiffDialog {
    private final CompareViewModel viewModel;
    private final I18n i18n;

    DiffDialog(CompareViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    private record Choice(CellKey key, String label) {}

    void show(Window owner) {
        List<Choice> choices = new ArrayList<>();
        for (VariableRowModel row : viewModel.rows()) {
            for (VariantColumn column : viewModel.columns()) {
                String name = column.labelProperty().get().isBlank() ? column.displayName(i18n.locale()) : column.labelProperty().get();
                choices.add(new Choice(new CellKey(column.id(), row.id()), name + " · " + row.labelProperty().get()));
            }
        }
        ComboBox<Choice> first = chooser(choices, 0);
        ComboBox<Choice> second = chooser(choices, Math.min(1, choices.size() - 1));
        ScrollPane scroll = new ScrollPane();
        scroll.setId("compare-diff");
        Runnable refresh = () -> {
            if (first.getValue() == null || second.getValue() == null) {
                scroll.setContent(null);
                return;
            }
            List<WordDiff.Segment> segments = viewModel.grid().diff(first.getValue().key(), second.getValue().key());
            scroll.setContent(DiffText.flow(segments, DiffText.Side.BOTH));
        };
        first.valueProperty().addListener((obs, old, now) -> refresh.run());
        second.valueProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 360);
        Label legend = dev.playground.ui.common.Wrapping.label(i18n.text("compare.diff.legend"));
        legend.getStyleClass().add("hint");
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("compare.diff"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, first, second), legend, scroll));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static ComboBox<Choice> chooser(List<Choice> choices, int selected) {
        ComboBox<Choice> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setCellFactory(list -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        if (selected >= 0 && selected < choices.size()) box.setValue(choices.get(selected));
        return box;
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
