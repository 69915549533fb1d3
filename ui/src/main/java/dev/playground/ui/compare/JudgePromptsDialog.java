package dev.playground.ui.compare;

import dev.playground.engine.model.Connection;
import dev.playground.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows and edits each rubric's judge prompt (reset to the built-in one at any time), the custom
 * guideline, and which connection and model judge. Edits stay in the dialog until Save.
 */
final class JudgePromptsDialog {
    private final CompareViewModel viewModel;
    private final I18n i18n;
    private final Map<String, String> edited = new LinkedHashMap<>();

    JudgePromptsDialog(CompareViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        CompareScoring.RUBRICS.forEach(id -> edited.put(id, viewModel.scoring().judgeTemplateProperty(id).get()));
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(dialog.getDialogPane(), owner);
        dialog.setTitle(i18n.text("compare.judgePrompts.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(i18n.text("compare.judgePrompts.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("judge-save");

        ComboBox<String> rubric = new ComboBox<>();
        rubric.setId("judge-rubric");
        rubric.getItems().setAll(CompareScoring.RUBRICS);
        rubric.setCellFactory(list -> new RubricCell());
        rubric.setButtonCell(new RubricCell());
        TextArea template = new TextArea();
        template.setId("judge-template");
        template.setWrapText(true);
        template.setPrefRowCount(16);
        template.setPrefColumnCount(70);
        VBox.setVgrow(template, Priority.ALWAYS);
        Label changed = new Label();
        changed.getStyleClass().add("hint");
        Button reset = new Button(i18n.text("compare.judgePrompts.reset"));
        reset.setId("judge-reset");
        reset.setOnAction(e -> template.setText(CompareScoring.builtInJudgePrompt(rubric.getValue())));
        template.textProperty().addListener((obs, old, now) -> {
            if (rubric.getValue() == null) return;
            edited.put(rubric.getValue(), now);
            boolean builtIn = now.equals(CompareScoring.builtInJudgePrompt(rubric.getValue()));
            changed.setText(i18n.text(builtIn ? "compare.judgePrompts.builtIn" : "compare.judgePrompts.edited"));
            reset.setDisable(builtIn);
        });
        rubric.valueProperty().addListener((obs, old, now) -> template.setText(edited.get(now)));
        rubric.setValue(CompareScoring.RUBRICS.get(0));

        TextArea guideline = new TextArea(viewModel.scoring().guidelineProperty().get());
        guideline.setPromptText(i18n.text("compare.guideline.prompt"));
        guideline.setWrapText(true);
        guideline.setPrefRowCount(2);
        ComboBox<Connection> connection = new ComboBox<>(viewModel.connections());
        connection.setValue(viewModel.scoring().judgeConnectionProperty().get());
        connection.setPromptText(i18n.text("compare.judgePrompts.connection.firstColumn"));
        connection.setCellFactory(list -> new ConnectionCell());
        connection.setButtonCell(new ConnectionCell());
        TextField model = new TextField(viewModel.scoring().judgeModelProperty().get());
        model.setPromptText(i18n.text("compare.judgeModel.prompt"));
        HBox.setHgrow(model, Priority.ALWAYS);

        VBox content = new VBox(6,
                new HBox(8, new Label(i18n.text("compare.judgePrompts.rubric")), rubric, changed),
                template,
                new HBox(8, reset, new Label(i18n.text("compare.judgePrompts.placeholders"))),
                new Label(i18n.text("compare.guideline")), guideline,
                new Label(i18n.text("compare.judgeModel")), new HBox(8, connection, model));
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);
        dialog.showAndWait().filter(save::equals).ifPresent(ok -> {
            viewModel.scoring().guidelineProperty().set(guideline.getText());
            viewModel.scoring().judgeConnectionProperty().set(connection.getValue());
            viewModel.scoring().judgeModelProperty().set(model.getText().strip());
            viewModel.saveJudgePrompts(edited);
        });
    }

    private final class RubricCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.text("compare.rubric." + item));
        }
    }

    private static final class ConnectionCell extends ListCell<Connection> {
        @Override
        protected void updateItem(Connection item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
