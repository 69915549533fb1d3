package dev.playground.ui.main;

import dev.playground.engine.prompt.RegistryNames;
import dev.playground.ui.common.I18n;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the prompt name (prefilled when the prompt was saved before) and a commit message. */
final class SaveDialog {
    record Answer(String name, String message) {}

    private SaveDialog() {}

    static Optional<Answer> ask(Window owner, I18n i18n, String currentName) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("save.title"));
        dialog.setHeaderText(i18n.text("save.header"));
        TextField name = new TextField(currentName);
        name.setId("save-name");
        name.setPromptText("support-triage");
        TextField message = new TextField();
        message.setId("save-message");
        message.setPromptText(i18n.text("save.message.prompt"));
        Label hint = new Label(i18n.text("save.name.hint"));
        hint.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.text("save.name")), name);
        grid.add(hint, 1, 1);
        grid.addRow(2, new Label(i18n.text("save.message")), message);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.text("save.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(
                name.textProperty().map(t -> !RegistryNames.validPrompt(t.trim())));
        dialog.setResultConverter(button -> button == save ? new Answer(name.getText().trim(), message.getText().trim()) : null);
        Platform.runLater(() -> (currentName.isEmpty() ? name : message).requestFocus());
        return dialog.showAndWait();
    }
}
