package dev.playground.ui.settings.mcp;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › MCP servers: binds {@link McpServersViewModel} to the list and the form. */
public final class McpServersView {
    private final McpServersViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ListView<McpServerConfig> serverList;
    @FXML private Button removeButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<McpServerConfig.Transport> transportBox;
    @FXML private VBox commandBox;
    @FXML private TextField commandField;
    @FXML private VBox urlBox;
    @FXML private TextField urlField;
    @FXML private VBox headersBox;
    @FXML private Button saveButton;
    @FXML private Button testButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private ListView<ToolDefinition> toolList;

    public McpServersView(McpServersViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "McpServers.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        serverList.setItems(viewModel.servers());
        serverList.setPlaceholder(wrapped(i18n.text("mcp.list.empty")));
        serverList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(McpServerConfig server, boolean empty) {
                super.updateItem(server, empty);
                setText(empty || server == null ? null : server.name() + " · " + i18n.text(server.transport() == McpServerConfig.Transport.STDIO
                        ? "mcp.transport.stdio.short" : "mcp.transport.http.short"));
                setTooltip(empty || server == null ? null : new Tooltip(server.where()));
            }
        });
        serverList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.selectedProperty().set(now);
        });
        removeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        transportBox.getItems().setAll(McpServerConfig.Transport.values());
        transportBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(McpServerConfig.Transport transport) {
                return transport == null ? "" : transportText(transport);
            }

            @Override
            public McpServerConfig.Transport fromString(String text) {
                return null;
            }
        });
        transportBox.valueProperty().bindBidirectional(viewModel.transportProperty());
        commandBox.visibleProperty().bind(viewModel.transportProperty().isEqualTo(McpServerConfig.Transport.STDIO));
        commandBox.managedProperty().bind(commandBox.visibleProperty());
        urlBox.visibleProperty().bind(commandBox.visibleProperty().not());
        urlBox.managedProperty().bind(urlBox.visibleProperty());
        commandField.textProperty().bindBidirectional(viewModel.commandProperty());
        urlField.textProperty().bindBidirectional(viewModel.urlProperty());
        viewModel.headers().addListener((ListChangeListener<McpServersViewModel.Header>) change -> showHeaders());
        showHeaders();
        saveButton.disableProperty().bind(viewModel.busyProperty());
        testButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((obs, old, now) -> statusLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), now));
        toolList.setItems(viewModel.tools());
        toolList.setPlaceholder(wrapped(i18n.text("mcp.tools.empty")));
        toolList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ToolDefinition tool, boolean empty) {
                super.updateItem(tool, empty);
                setText(empty || tool == null ? null : tool.name() + (tool.description().isEmpty() ? "" : " — " + tool.description()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        viewModel.load();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().add("hint");
        return label;
    }

    private String transportText(McpServerConfig.Transport transport) {
        return i18n.text(transport == McpServerConfig.Transport.STDIO ? "mcp.transport.stdio" : "mcp.transport.http");
    }

    /** One row per header: its name, its value (hidden as typed), and a button to drop it. */
    private void showHeaders() {
        headersBox.getChildren().clear();
        int n = 1;
        for (McpServersViewModel.Header header : viewModel.headers()) {
            TextField name = new TextField();
            name.setPromptText("Authorization");
            name.setPrefColumnCount(10);
            name.setAccessibleText(i18n.text("mcp.headers.name", n));
            name.textProperty().bindBidirectional(header.name());
            PasswordField value = new PasswordField();
            value.setPromptText(i18n.text("mcp.headers.value"));
            value.setAccessibleText(i18n.text("mcp.headers.value"));
            value.textProperty().bindBidirectional(header.value());
            HBox.setHgrow(value, Priority.ALWAYS);
            Button remove = new Button();
            remove.setGraphic(new FontIcon("fth-x"));
            remove.getStyleClass().add("flat");
            remove.setAccessibleText(i18n.text("mcp.headers.remove", n));
            remove.setTooltip(new Tooltip(i18n.text("mcp.headers.remove", n)));
            remove.setOnAction(e -> viewModel.headers().remove(header));
            HBox row = new HBox(6, name, value, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            headersBox.getChildren().add(row);
            n++;
        }
    }

    @FXML
    private void onNew() {
        serverList.getSelectionModel().clearSelection();
        viewModel.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void onRemove() {
        viewModel.remove();
    }

    @FXML
    private void onAddHeader() {
        viewModel.addHeader();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onTest() {
        viewModel.test();
    }
}
