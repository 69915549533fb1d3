package dev.playground.ui.playground;

import dev.playground.engine.prompt.RegistryNames;
import dev.playground.ui.common.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks where the conversation shown goes: the next version of a prompt (named, prefilled with the open prompt) or a
 * row of a dataset (picked from those there are, or a new name), with an optional message; then saves it.
 */
final class ConversationSaveDialog {
    private ConversationSaveDialog() {}

    static void ask(Window owner, I18n i18n, PlaygroundViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        }
        dialog.setTitle(i18n.text("conversation.save.title"));
        dialog.setHeaderText(i18n.text("conversation.save.header"));
        ToggleGroup where = new ToggleGroup();
        RadioButton asVersion = new RadioButton(i18n.text("conversation.save.asVersion"));
        asVersion.setId("save-as-version");
        asVersion.setToggleGroup(where);
        RadioButton asRow = new RadioButton(i18n.text("conversation.save.asRow"));
        asRow.setId("save-as-row");
        asRow.setToggleGroup(where);
        asVersion.setSelected(true);
        TextField name = new TextField(viewModel.promptNameProperty().get());
        name.setId("conversation-prompt-name");
        name.setPromptText("support-triage");
        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("conversation-dataset");
        dataset.setEditable(true);
        dataset.setPromptText(i18n.text("conversation.save.datasetPrompt"));
        dataset.setMaxWidth(Double.MAX_VALUE);
        viewModel.conversationSaving().datasetNames().thenAccept(names -> dev.playground.ui.common.UiThread.run(() -> dataset.getItems().setAll(names)));
        TextField message = new TextField();
        message.setId("conversation-save-message");
        message.setPromptText(i18n.text("conversation.save.messagePrompt"));
        name.disableProperty().bind(asRow.selectedProperty());
        dataset.disableProperty().bind(asVersion.selectedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(asVersion, 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("conversation.save.name")), name);
        grid.add(asRow, 0, 2, 2, 1);
        grid.addRow(3, new Label(i18n.text("conversation.save.dataset")), dataset);
        grid.addRow(4, new Label(i18n.text("conversation.save.message")), message);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.text("conversation.save.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> asVersion.isSelected() ? !RegistryNames.validPrompt(name.getText().trim()) : !validDataset(dataset.getEditor().getText()),
                asVersion.selectedProperty(), name.textProperty(), dataset.getEditor().textProperty(), dataset.valueProperty()));
        dataset.valueProperty().addListener((obs, old, now) -> { if (now != null) dataset.getEditor().setText(now); });
        dialog.showAndWait().filter(save::equals).ifPresent(ok -> viewModel.saveConversation(asRow.isSelected(),
                asRow.isSelected() ? dataset.getEditor().getText().trim() : name.getText().trim(), message.getText().trim()));
    }

    private static boolean validDataset(String name) {
        try {
            RegistryNames.dataset(name == null ? "" : name.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
