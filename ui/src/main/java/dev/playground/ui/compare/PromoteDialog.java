package dev.playground.ui.compare;

import dev.playground.ui.common.I18n;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks which prompt and alias the winning variant should be promoted to. */
final class PromoteDialog {
    private PromoteDialog() {}

    static void ask(Window owner, CompareViewModel viewModel, VariantColumn column, I18n i18n) {
        TextField name = new TextField(viewModel.defaultPromptNameProperty().get());
        name.setPromptText(i18n.text("save.name.hint"));
        TextField alias = new TextField(ComparePrompts.DEFAULT_ALIAS);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label nameLabel = new Label(i18n.text("compare.promote.prompt"));
        nameLabel.setLabelFor(name);
        Label aliasLabel = new Label(i18n.text("compare.promote.alias"));
        aliasLabel.setLabelFor(alias);
        form.addRow(0, nameLabel, name);
        form.addRow(1, aliasLabel, alias);
        form.add(new Label(i18n.text("compare.promote.explain")), 0, 2, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("compare.promote"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        name.requestFocus();
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.promote(column, name.getText(), alias.getText()));
    }
}
