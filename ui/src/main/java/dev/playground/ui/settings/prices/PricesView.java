package dev.playground.ui.settings.prices;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The Prices pane: the table the editor prices prompts with, a form for the selected or a new row,
 * and buttons to remove a row, go back to the shipped prices and save. Meant as a tab of the
 * Settings window; it stands on its own, so it can also be shown and tested alone.
 */
public final class PricesView {
    private final PricesViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private Label datesLabel;
    @FXML private TableView<PriceRow> table;
    @FXML private TableColumn<PriceRow, String> providerColumn;
    @FXML private TableColumn<PriceRow, String> modelColumn;
    @FXML private TableColumn<PriceRow, String> inputColumn;
    @FXML private TableColumn<PriceRow, String> outputColumn;
    @FXML private TableColumn<PriceRow, String> windowColumn;
    @FXML private TextField providerField;
    @FXML private TextField modelField;
    @FXML private TextField inputField;
    @FXML private TextField outputField;
    @FXML private TextField windowField;
    @FXML private Label formErrorLabel;
    @FXML private Button applyButton;
    @FXML private Button removeButton;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;

    public PricesView(PricesViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Prices.fxml", i18n);
        root.getStylesheets().add(PricesView.class.getResource("prices.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        column(providerColumn, row -> row.provider().isEmpty() ? "*" : row.provider());
        column(modelColumn, PriceRow::model);
        column(inputColumn, PriceRow::input);
        column(outputColumn, PriceRow::output);
        column(windowColumn, PriceRow::window);
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() != viewModel.selectedProperty().get()) viewModel.select(index.intValue());
        });
        viewModel.selectedProperty().addListener((obs, old, index) -> {
            if (index.intValue() < 0) table.getSelectionModel().clearSelection();
            else table.getSelectionModel().select(index.intValue());
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) onRemove();
        });

        providerField.textProperty().bindBidirectional(viewModel.providerProperty());
        modelField.textProperty().bindBidirectional(viewModel.modelProperty());
        inputField.textProperty().bindBidirectional(viewModel.inputProperty());
        outputField.textProperty().bindBidirectional(viewModel.outputProperty());
        windowField.textProperty().bindBidirectional(viewModel.windowProperty());

        formErrorLabel.textProperty().bind(viewModel.formErrorProperty());
        formErrorLabel.visibleProperty().bind(viewModel.formErrorProperty().isNotEmpty());
        formErrorLabel.managedProperty().bind(formErrorLabel.visibleProperty());
        applyButton.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.selectedProperty().lessThan(0))
                .then(i18n.text("prices.add")).otherwise(i18n.text("prices.apply")));
        removeButton.disableProperty().bind(viewModel.selectedProperty().lessThan(0));
        saveButton.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.savingProperty()));
        datesLabel.textProperty().bind(viewModel.datesProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private static void column(TableColumn<PriceRow, String> column, Function<PriceRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void onNew() {
        viewModel.select(-1);
        providerField.requestFocus();
    }

    @FXML
    private void onApply() {
        viewModel.apply();
    }

    @FXML
    private void onRemove() {
        viewModel.remove(table.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onReset() {
        viewModel.resetToDefaults();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }
}
