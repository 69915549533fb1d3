package dev.playground.ui.compare;

import dev.playground.engine.model.Connection;
import dev.playground.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The head of one variant column: its label, prompt version, connection, model, temperature, retrieval and column actions. */
final class VariantHeader {
    private final VBox root = new VBox(4);
    private final javafx.beans.value.ChangeListener<PromptChoice> promptListener;

    VariantHeader(CompareViewModel viewModel, VariantColumn column, I18n i18n) {
        root.getStyleClass().add("variant-header");
        root.setPrefWidth(CompareView.COLUMN_WIDTH);
        root.setMinWidth(CompareView.COLUMN_WIDTH);
        root.setMaxWidth(CompareView.MAX_COLUMN_WIDTH);
        root.setId("variant-" + column.id());

        TextField label = new TextField();
        label.setPromptText(column.displayName(i18n.locale()));
        label.textProperty().bindBidirectional(column.labelProperty());
        label.getStyleClass().add("variant-label");
        label.setAccessibleText(i18n.text("compare.variant.label"));

        ComboBox<PromptChoice> prompt = new ComboBox<>(viewModel.promptChoices());
        prompt.setId("prompt-" + column.id());
        // Not a two-way binding: refreshing the picker's list may clear its value for a moment,
        // and that must not put the column back on the draft.
        prompt.setValue(column.promptProperty().get());
        prompt.valueProperty().addListener((obs, old, now) -> {
            if (now != null) column.promptProperty().set(now);
        });
        promptListener = (obs, old, now) -> prompt.setValue(now);
        column.promptProperty().addListener(new javafx.beans.value.WeakChangeListener<>(promptListener));
        // The column holds that listener weakly; the header's root node keeps this header (and so the listener) alive.
        root.getProperties().put(VariantHeader.class, this);
        String draftLabel = i18n.text("compare.prompt.draft");
        prompt.setCellFactory(list -> new PromptCell(draftLabel));
        prompt.setButtonCell(new PromptCell(draftLabel));
        // A reopened comparison's version may no longer be in the list; the skin then shows the converter's text.
        prompt.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PromptChoice choice) {
                return choice == null ? "" : choice.describe(draftLabel);
            }

            @Override
            public PromptChoice fromString(String text) {
                return null;
            }
        });
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.setOnShowing(e -> viewModel.refreshPromptChoices());
        prompt.setTooltip(new Tooltip(i18n.text("compare.variant.prompt")));
        prompt.setAccessibleText(i18n.text("compare.variant.prompt"));

        ComboBox<Connection> connection = new ComboBox<>(viewModel.connections());
        connection.valueProperty().bindBidirectional(column.connectionProperty());
        connection.setCellFactory(list -> new ConnectionCell(i18n));
        connection.setButtonCell(new ConnectionCell(i18n));
        connection.setMaxWidth(Double.MAX_VALUE);
        connection.setAccessibleText(i18n.text("compare.variant.connection"));

        ComboBox<String> model = new ComboBox<>();
        model.getEditor().setId("model-" + column.id());
        model.setPromptText(i18n.text("compare.variant.model"));
        model.setMaxWidth(Double.MAX_VALUE);
        model.setAccessibleText(i18n.text("compare.variant.model"));
        dev.playground.ui.common.ModelBox.bind(model, column.modelProperty(), column.connectionProperty()::get, viewModel::models);

        Spinner<Double> temperature = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory temperatures = new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 2, column.temperatureProperty().get(), 0.1);
        temperatures.setConverter(i18n.decimals(2));
        temperature.setValueFactory(temperatures);
        temperature.valueProperty().addListener((obs, old, now) -> column.temperatureProperty().set(now));
        temperature.setEditable(true);
        temperature.setPrefWidth(80);
        temperature.setMinWidth(80);
        temperature.setTooltip(new Tooltip(i18n.text("compare.variant.temperature")));

        CheckBox retrieval = new CheckBox(i18n.text("compare.variant.retrieval"));
        retrieval.selectedProperty().bindBidirectional(column.retrievalProperty());
        retrieval.setTooltip(new Tooltip(i18n.text("compare.variant.retrieval.tooltip")));

        HBox actions = new HBox(2,
                icon("fth-play", i18n.text("compare.variant.run"), () -> viewModel.runs().runColumn(column)),
                icon("fth-copy", i18n.text("compare.variant.duplicate"), () -> viewModel.grid().duplicate(column)),
                icon("fth-chevron-left", i18n.text("compare.variant.left"), () -> viewModel.grid().move(column, -1)),
                icon("fth-chevron-right", i18n.text("compare.variant.right"), () -> viewModel.grid().move(column, 1)),
                icon("fth-x", i18n.text("compare.variant.remove"), () -> viewModel.grid().remove(column)),
                icon("fth-award", i18n.text("compare.promote"), () -> PromoteDialog.ask(root.getScene().getWindow(), viewModel, column, i18n)));
        root.getChildren().addAll(label, prompt, connection, model, new HBox(6, temperature, retrieval), actions);
    }

    static Button icon(String literal, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(literal));
        button.getStyleClass().addAll("flat", "icon-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node root() {
        return root;
    }

    private static final class PromptCell extends ListCell<PromptChoice> {
        private final String draftLabel;

        PromptCell(String draftLabel) {
            this.draftLabel = draftLabel;
        }

        @Override
        protected void updateItem(PromptChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.describe(draftLabel));
        }
    }

    private static final class ConnectionCell extends ListCell<Connection> {
        private final I18n i18n;

        ConnectionCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Connection item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : dev.playground.ui.common.ConnectionNames.shown(item, i18n));
        }
    }
}
