package dev.playground.ui.playground;

import dev.playground.engine.model.ModelParameter;
import dev.playground.ui.common.I18n;
import dev.playground.ui.playground.AdvancedParameters.ResponseMode;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Controls for {@link AdvancedParameters}. A parameter the chosen provider does not take is disabled,
 * and its row (not the control: a disabled control gets no mouse events, so no tooltip) says why.
 */
final class AdvancedParametersView {
    private final AdvancedParameters parameters;
    private final I18n i18n;

    AdvancedParametersView(AdvancedParameters parameters, I18n i18n) {
        this.parameters = parameters;
        this.i18n = i18n;
    }

    void fill(VBox box) {
        box.getChildren().addAll(
                row("parameters.topP", field(parameters.topPProperty(), "top-p"), ModelParameter.TOP_P),
                row("parameters.topK", field(parameters.topKProperty(), "top-k"), ModelParameter.TOP_K),
                row("parameters.seed", field(parameters.seedProperty(), "seed"), ModelParameter.SEED),
                row("parameters.presencePenalty", field(parameters.presencePenaltyProperty(), "presence-penalty"), ModelParameter.PRESENCE_PENALTY),
                row("parameters.frequencyPenalty", field(parameters.frequencyPenaltyProperty(), "frequency-penalty"), ModelParameter.FREQUENCY_PENALTY),
                row("parameters.stop", stopArea(), ModelParameter.STOP_SEQUENCES),
                responseFormat());
    }

    private TextField field(StringProperty value, String id) {
        TextField field = new TextField();
        field.setId("param-" + id);
        field.setPromptText(i18n.text("parameters.default"));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TextArea stopArea() {
        TextArea area = new TextArea();
        area.setId("param-stop");
        area.setPrefRowCount(2);
        area.setPromptText(i18n.text("parameters.stop.prompt"));
        area.textProperty().bindBidirectional(parameters.stopSequencesProperty());
        return area;
    }

    /** A labelled control, disabled with the reason as the row's tooltip when the provider does not take it. */
    private VBox row(String labelKey, Control control, ModelParameter parameter) {
        Label label = new Label(i18n.text(labelKey));
        label.setLabelFor(control);
        VBox row = new VBox(2, label, control);
        row.setId("param-row-" + parameter.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        row.getStyleClass().add("parameter-row");
        ObservableStringValue reason = parameters.unsupportedReason(parameter);
        control.disableProperty().bind(Bindings.isNotEmpty(reason));
        label.disableProperty().bind(control.disableProperty());
        explain(row, reason);
        return row;
    }

    private void explain(Node row, ObservableStringValue reason) {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(320);
        tooltip.textProperty().bind(reason);
        Runnable update = () -> {
            if (reason.get().isEmpty()) Tooltip.uninstall(row, tooltip);
            else Tooltip.install(row, tooltip);
            row.setAccessibleHelp(reason.get());
        };
        // The parameters belong to the view model, which outlives this view: it holds the listener weakly.
        dev.playground.ui.common.ViewListeners.of(row).onChange(reason, (obs, old, now) -> update.run());
        update.run();
    }

    private VBox responseFormat() {
        ComboBox<ResponseMode> mode = new ComboBox<>();
        mode.setId("param-response-format");
        mode.setMaxWidth(Double.MAX_VALUE);
        mode.getItems().setAll(ResponseMode.values());
        mode.setCellFactory(list -> new ModeCell());
        mode.setButtonCell(new ModeCell());
        mode.valueProperty().bindBidirectional(parameters.responseModeProperty());
        TextArea schema = new TextArea();
        schema.setId("param-json-schema");
        schema.setPrefRowCount(4);
        schema.setPromptText("{\"type\": \"object\", \"properties\": {…}}");
        schema.textProperty().bindBidirectional(parameters.jsonSchemaProperty());
        schema.visibleProperty().bind(parameters.responseModeProperty().isEqualTo(ResponseMode.SCHEMA));
        schema.managedProperty().bind(schema.visibleProperty());
        // The chosen mode is one this provider cannot give: say so under the box.
        Label warning = new Label();
        warning.getStyleClass().add("run-blocked");
        warning.setWrapText(true);
        warning.textProperty().bind(Bindings.createStringBinding(() -> reasonFor(parameters.responseModeProperty().get()),
                parameters.responseModeProperty(), parameters.unsupportedReason(ModelParameter.JSON_MODE),
                parameters.unsupportedReason(ModelParameter.JSON_SCHEMA)));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Label label = new Label(i18n.text("parameters.responseFormat"));
        label.setLabelFor(mode);
        VBox row = new VBox(2, label, mode, schema, warning);
        row.setId("param-row-response-format");
        row.getStyleClass().add("parameter-row");
        return row;
    }

    private String reasonFor(ResponseMode mode) {
        return mode == null || mode.parameter() == null ? "" : parameters.unsupportedReason(mode.parameter()).get();
    }

    /** A response mode the provider cannot give is shown disabled, with the reason as its tooltip. */
    private final class ModeCell extends ListCell<ResponseMode> {
        @Override
        protected void updateItem(ResponseMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.text("parameters.responseFormat." + item.name().toLowerCase(Locale.ROOT)));
            String reason = empty ? "" : reasonFor(item);
            setDisable(!reason.isEmpty() && getListView() != null);
            setTooltip(reason.isEmpty() ? null : new Tooltip(reason));
        }
    }
}
