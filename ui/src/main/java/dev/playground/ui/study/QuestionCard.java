package dev.playground.ui.study;

import dev.playground.ui.common.I18n;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws one question: a line saying where it comes from and how many options to pick, the stem, and the
 * options numbered 1, 2, 3... (round for one answer, square for several). With feedback, each option also
 * says whether it is right and why, and the explanation follows. Built anew on every change.
 */
final class QuestionCard {
    private QuestionCard() {}

    /**
     * @param meta     the line above the stem (section and topic)
     * @param feedback null while no feedback is shown
     */
    static VBox build(ShownQuestion q, String meta, Set<Integer> chosen, I18n i18n, IntConsumer onPick,
            List<PracticeViewModel.OptionFeedback> feedback) {
        VBox card = new VBox(12);
        card.getStyleClass().add("question-card");
        Label where = new Label(meta + " · " + i18n.text(q.multiple() ? "study.question.multiple" : "study.question.single",
                q.answer().size()));
        where.getStyleClass().add("question-meta");
        where.setWrapText(true);
        Label stem = new Label(plain(q.stem()));
        stem.getStyleClass().add("question-stem");
        stem.setWrapText(true);
        stem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.getChildren().addAll(where, stem);
        VBox options = new VBox(8);
        options.getStyleClass().add("question-options");
        for (int i = 0; i < q.options().size(); i++) {
            int option = i;
            ButtonBase button = q.multiple() ? new CheckBox() : new RadioButton();
            button.setText((i + 1) + ".  " + plain(q.options().get(i)));
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setId("option-" + (i + 1));
            button.getStyleClass().add("question-option");
            boolean picked = chosen.contains(i);
            if (button instanceof CheckBox box) box.setSelected(picked);
            if (button instanceof RadioButton radio) radio.setSelected(picked);
            if (feedback == null) {
                button.setOnAction(e -> onPick.accept(option));
            } else {
                button.setDisable(false);
                button.setMouseTransparent(true);
                button.setFocusTraversable(false);
                button.getStyleClass().add(q.isRight(i) ? "option-right" : picked ? "option-wrong" : "option-other");
            }
            options.getChildren().add(button);
            if (feedback != null) options.getChildren().add(note(feedback.get(i), i18n));
        }
        card.getChildren().add(options);
        if (feedback != null) card.getChildren().add(explanation(q, i18n));
        return card;
    }

    private static HBox note(PracticeViewModel.OptionFeedback f, I18n i18n) {
        FontIcon icon = new FontIcon(f.right() ? "fth-check-circle" : "fth-x-circle");
        icon.getStyleClass().add(f.right() ? "icon-right" : "icon-wrong");
        // The bank's notes start with their own verdict ("Wrong: ..."); the word is added only when a note is missing.
        Label text = new Label(f.note().isBlank() ? i18n.text(f.right() ? "study.option.right" : "study.option.wrong") : plain(f.note()));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.getStyleClass().add("option-note");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, icon, text);
        row.getStyleClass().add("option-note-row");
        return row;
    }

    /** The bank's texts mark code with backticks, as Markdown does; a label shows the words without them. */
    static String plain(String text) {
        return text == null ? "" : text.replace("`", "");
    }

    static VBox explanation(ShownQuestion q, I18n i18n) {
        Label title = new Label(i18n.text("study.explanation"));
        title.getStyleClass().add("explanation-title");
        Label body = new Label(plain(q.explanation()));
        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, title, body);
        box.getStyleClass().add("question-explanation");
        return box;
    }
}
