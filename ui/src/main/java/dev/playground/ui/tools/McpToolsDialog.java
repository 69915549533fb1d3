package dev.playground.ui.tools;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** "Add tools from MCP server…": pick a saved server, list its tools, tick the ones the prompt should offer. */
final class McpToolsDialog {
    private final McpToolsViewModel picker;
    private final ToolsEditorViewModel editor;
    private final I18n i18n;

    McpToolsDialog(McpToolsViewModel picker, ToolsEditorViewModel editor, I18n i18n) {
        this.picker = picker;
        this.editor = editor;
        this.i18n = i18n;
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("tools.mcp.title"));
        dialog.setResizable(true);

        ComboBox<McpServerConfig> servers = new ComboBox<>(picker.servers());
        servers.setId("mcp-server-choice");
        servers.setConverter(new StringConverter<>() {
            @Override
            public String toString(McpServerConfig server) {
                return server == null ? "" : server.name() + " (" + server.where() + ")";
            }

            @Override
            public McpServerConfig fromString(String text) {
                return null;
            }
        });
        servers.valueProperty().bindBidirectional(picker.serverProperty());
        servers.setMaxWidth(Double.MAX_VALUE);
        servers.setMinWidth(120);
        HBox.setHgrow(servers, Priority.ALWAYS);
        Button list = new Button(i18n.text("tools.mcp.list"));
        list.setId("mcp-list-tools");
        list.setMinWidth(Button.USE_PREF_SIZE);
        list.disableProperty().bind(picker.busyProperty().or(picker.serverProperty().isNull()));
        list.setOnAction(e -> picker.list());
        Label serverLabel = new Label(i18n.text("tools.mcp.server"));
        serverLabel.setLabelFor(servers);
        serverLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(6, serverLabel, servers, list);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<McpToolsViewModel.Offered> tools = new ListView<>(picker.tools());
        tools.setId("mcp-tools");
        tools.setPrefSize(440, 220);
        tools.setCellFactory(CheckBoxListCell.forListView(McpToolsViewModel.Offered::chosen, new StringConverter<>() {
            @Override
            public String toString(McpToolsViewModel.Offered offered) {
                String description = offered.tool().description();
                return offered.tool().name() + (description.isEmpty() ? "" : " — " + description);
            }

            @Override
            public McpToolsViewModel.Offered fromString(String text) {
                return null;
            }
        }));
        Label status = new Label();
        status.setId("mcp-status");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.setMaxWidth(440);
        status.textProperty().bind(picker.statusProperty());
        VBox content = new VBox(8, row, tools, status);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        ButtonType add = new ButtonType(i18n.text("tools.mcp.addChosen"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, new ButtonType(i18n.text("tools.mcp.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(picker.tools()));
        picker.load().thenRun(() -> {
            if (picker.serverProperty().get() != null) picker.list();
        });
        dialog.showAndWait().filter(b -> b == add).ifPresent(b -> editor.addAll(picker.chosen()));
    }
}
