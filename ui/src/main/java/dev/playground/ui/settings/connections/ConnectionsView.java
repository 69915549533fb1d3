package dev.playground.ui.settings.connections;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.util.Arrays;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Connections tab: binds {@link ConnectionsViewModel} to the list and the fields. */
public final class ConnectionsView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ConnectionsViewModel viewModel;
    private final ConnectionForm fields;
    private final I18n i18n;
    private final Parent root;
    private boolean syncingSelection;

    @FXML private ListView<Connection> connectionList;
    @FXML private MenuButton addButton;
    @FXML private Button removeButton;
    @FXML private Label unsavedHint;
    @FXML private VBox form;
    @FXML private TextField nameField;
    @FXML private ComboBox<ProviderKind> kindBox;
    @FXML private TextField baseUrlField;
    @FXML private Label baseUrlHint;
    @FXML private TextField apiKeyEnvField;
    @FXML private PasswordField apiKeyField;
    @FXML private Label keyStatusLabel;
    @FXML private Hyperlink forgetKeyLink;
    @FXML private TextField modelField;
    @FXML private TextField connectTimeoutField;
    @FXML private TextField firstTokenTimeoutField;
    @FXML private TextField totalTimeoutField;
    @FXML private TextField retriesField;
    @FXML private TextField maxConcurrentField;
    @FXML private TextField requestsPerMinuteField;
    @FXML private TextField guardrailsField;
    @FXML private CheckBox cacheBox;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button testButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label messageLabel;
    @FXML private Label testResultLabel;
    @FXML private ListView<String> modelList;

    public ConnectionsView(ConnectionsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.fields = viewModel.form();
        this.i18n = i18n;
        viewModel.setI18n(i18n);
        this.root = ViewLoader.load(this, "Connections.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindList();
        for (ConnectionPreset preset : ConnectionPreset.values()) {
            MenuItem item = new MenuItem(i18n.text(preset.labelKey()));
            item.setId("preset-" + preset.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> {
                viewModel.add(preset);
                nameField.requestFocus();
                nameField.selectAll();
            });
            addButton.getItems().add(item);
        }
        bindForm();
        bindStatus();
        if (viewModel.selectedProperty().get() == null && !viewModel.creatingProperty().get() && !viewModel.connections().isEmpty()) {
            viewModel.selectedProperty().set(viewModel.connections().get(0));
        }
    }

    private void bindList() {
        connectionList.setItems(viewModel.connections());
        connectionList.setCellFactory(list -> new ConnectionCell());
        connectionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) viewModel.selectedProperty().set(now);
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelection(now));
        showSelection(viewModel.selectedProperty().get());
        // Unsaved edits stay in the form: switching or adding waits for Save or Revert.
        connectionList.disableProperty().bind(fields.dirtyProperty());
        addButton.disableProperty().bind(fields.dirtyProperty());
        removeButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.creatingProperty()));
        unsavedHint.visibleProperty().bind(fields.dirtyProperty());
        unsavedHint.managedProperty().bind(unsavedHint.visibleProperty());
    }

    private void showSelection(Connection selected) {
        syncingSelection = true;
        try {
            if (selected == null) connectionList.getSelectionModel().clearSelection();
            else connectionList.getSelectionModel().select(selected);
        } finally {
            syncingSelection = false;
        }
    }

    private void bindForm() {
        form.disableProperty().bind(viewModel.editingProperty().not());
        nameField.textProperty().bindBidirectional(fields.nameProperty());
        kindBox.getItems().setAll(Arrays.asList(ProviderKind.values()));
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProviderKind kind) {
                return kind == null ? "" : kindLabel(kind);
            }

            @Override
            public ProviderKind fromString(String text) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(fields.kindProperty());
        baseUrlField.textProperty().bindBidirectional(fields.baseUrlProperty());
        baseUrlHint.textProperty().bind(fields.kindProperty().map(this::baseUrlHint).orElse(""));
        baseUrlField.promptTextProperty().bind(fields.kindProperty().map(dev.playground.ui.common.BaseUrlExamples::of).orElse(""));
        // A dry run calls nothing: no address and no key to give.
        var dryRun = fields.kindProperty().isEqualTo(ProviderKind.DRY_RUN);
        baseUrlField.disableProperty().bind(dryRun);
        apiKeyEnvField.disableProperty().bind(dryRun);
        apiKeyField.disableProperty().bind(dryRun);
        apiKeyEnvField.textProperty().bindBidirectional(fields.apiKeyEnvProperty());
        apiKeyField.textProperty().bindBidirectional(fields.apiKeyProperty());
        keyStatusLabel.textProperty().bind(viewModel.keys().statusProperty());
        forgetKeyLink.visibleProperty().bind(viewModel.keys().hasStoredKeyProperty().and(viewModel.creatingProperty().not()));
        forgetKeyLink.managedProperty().bind(forgetKeyLink.visibleProperty());
        modelField.textProperty().bindBidirectional(fields.defaultModelProperty());
        modelField.promptTextProperty().bind(fields.kindProperty().map(kind -> kind == ProviderKind.DATABRICKS
                ? i18n.text("connections.defaultModel.databricks") : "").orElse(""));
        connectTimeoutField.textProperty().bindBidirectional(fields.connectTimeoutProperty());
        firstTokenTimeoutField.textProperty().bindBidirectional(fields.firstTokenTimeoutProperty());
        totalTimeoutField.textProperty().bindBidirectional(fields.totalTimeoutProperty());
        retriesField.textProperty().bindBidirectional(fields.retriesProperty());
        maxConcurrentField.textProperty().bindBidirectional(fields.maxConcurrentProperty());
        requestsPerMinuteField.textProperty().bindBidirectional(fields.requestsPerMinuteProperty());
        cacheBox.selectedProperty().bindBidirectional(fields.cacheResponsesProperty());
        guardrailsField.textProperty().bindBidirectional(fields.guardrailsProperty());
        saveButton.disableProperty().bind(fields.dirtyProperty().not());
        revertButton.disableProperty().bind(fields.dirtyProperty().not());
    }

    private void bindStatus() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        viewModel.errorProperty().addListener((obs, old, now) -> messageLabel.pseudoClassStateChanged(ERROR, now));
        messageLabel.pseudoClassStateChanged(ERROR, viewModel.errorProperty().get());
        testButton.disableProperty().bind(viewModel.tester().testingProperty());
        testProgress.visibleProperty().bind(viewModel.tester().testingProperty());
        testResultLabel.textProperty().bind(viewModel.tester().resultProperty());
        testResultLabel.visibleProperty().bind(viewModel.tester().resultProperty().isNotEmpty());
        testResultLabel.managedProperty().bind(testResultLabel.visibleProperty());
        viewModel.tester().failedProperty().addListener((obs, old, now) -> testResultLabel.pseudoClassStateChanged(ERROR, now));
        testResultLabel.pseudoClassStateChanged(ERROR, viewModel.tester().failedProperty().get());
        modelList.setItems(viewModel.tester().models());
        modelList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.tester().models()));
        modelList.managedProperty().bind(modelList.visibleProperty());
    }

    private String kindLabel(ProviderKind kind) {
        return i18n.text("connections.kind." + kind.cliName());
    }

    private String baseUrlHint(ProviderKind kind) {
        return i18n.text("connections.baseUrl.hint." + kind.cliName());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onRevert() {
        viewModel.revert();
    }

    @FXML
    private void onTest() {
        viewModel.testConnection();
    }

    @FXML
    private void onForgetKey() {
        viewModel.forgetStoredKey();
    }

    @FXML
    private void onRemove() {
        Connection chosen = viewModel.selectedProperty().get();
        if (chosen == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("connections.remove.confirm", chosen.name()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle(i18n.text("connections.remove.title"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("connection-remove-confirm");
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) viewModel.remove();
    }

    private final class ConnectionCell extends ListCell<Connection> {
        @Override
        protected void updateItem(Connection item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            // Name on top, provider below in the muted hint style: long names are not cut by the kind.
            Label name = new Label(dev.playground.ui.common.ConnectionNames.shown(item, i18n));
            Label kind = new Label(kindLabel(item.kind()));
            kind.getStyleClass().add("hint");
            // The provider line only when it adds something: not under a name that already is the provider's.
            boolean same = item.kind() == ProviderKind.DRY_RUN || name.getText().equalsIgnoreCase(kind.getText());
            setGraphic(same ? name : new VBox(1, name, kind));
        }
    }
}
