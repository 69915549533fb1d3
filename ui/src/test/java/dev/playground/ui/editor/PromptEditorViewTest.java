package dev.playground.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.ui.common.I18n;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PromptEditorViewTest {
    private PromptEditorViewModel viewModel;
    private PromptEditorView view;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new PromptEditorViewModel(new CurrentThreadTaskExecutor(),
                new PromptAnalyzer(new TemplateRenderer(), new TokenCounter(), PriceTable::defaults), i18n);
        viewModel.modelProperty().set("gpt-4o-mini");
        viewModel.providerProperty().set("openai");
        view = new PromptEditorView(viewModel, i18n);
        HBox root = new HBox(view.root(), view.previewNode());
        Scene scene = new Scene(root, 1100, 800);
        stage.setScene(scene);
        stage.show();
    }

    private CodeArea user() {
        return view.editorFor(Role.USER);
    }

    private static Collection<String> styleAt(CodeArea area, int offset) {
        return area.getStyleOfChar(offset);
    }

    private static List<String> shownPlaceholders(FxRobot robot) {
        return robot.lookup(".editor-placeholder").queryAllAs(Label.class).stream()
                .filter(label -> label.getScene() != null && label.isVisible() && label.getParent() != null && label.getParent().isVisible())
                .map(Label::getText).toList();
    }

    @Test
    void an_empty_message_says_what_goes_there_until_something_is_typed(FxRobot robot) {
        assertThat(shownPlaceholders(robot)).contains("What you ask the model. Type {{name}} for a value you fill in below.");
        robot.clickOn("#user-editor").write("Hi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownPlaceholders(robot)).doesNotContain("What you ask the model. Type {{name}} for a value you fill in below.");
    }

    @Test
    void typing_a_variable_adds_it_to_the_panel_underlines_it_until_filled_and_previews_the_result(FxRobot robot) {
        robot.clickOn("#user-editor").write("Greet {{name}} warmly.");

        assertThat(user().getText()).isEqualTo("Greet {{name}} warmly.");
        assertThat(robot.lookup("#var-name").tryQuery()).isPresent();
        assertThat(styleAt(user(), 8)).contains("tpl-variable", "tpl-unfilled");
        assertThat(viewModel.runBlockedReasonProperty().get()).contains("name");
        assertThat(robot.lookup(".total-tokens").queryAs(Label.class).getText()).as("an unfilled variable is no template error")
                .isEqualTo("Tokens: counted once these are filled in: name");

        robot.clickOn("#var-name").write("Ana\nand Luis");

        assertThat(styleAt(user(), 8)).contains("tpl-variable").doesNotContain("tpl-unfilled");
        assertThat(viewModel.runBlockedReasonProperty().get()).isEmpty();
        assertThat(robot.lookup(".preview-text").queryAllAs(Label.class)).extracting(Label::getText).contains("Greet Ana\nand Luis warmly.");
        assertThat(robot.lookup(".total-tokens").queryAs(Label.class).getText()).startsWith("Total: ").doesNotContain("estimate");
        assertThat(robot.lookup(".cost").queryAs(Label.class).getText()).startsWith("≈ $");
    }

    @Test
    void typing_double_braces_closes_them_and_a_syntax_error_is_marked_in_place(FxRobot robot) {
        robot.clickOn("#user-editor").write("Hi {{");
        assertThat(user().getText()).isEqualTo("Hi {{}}");
        assertThat(user().getCaretPosition()).isEqualTo(5);

        robot.interact(() -> user().replaceText("Line one\nAbout {{ topic and more"));

        Label problem = robot.lookup(".problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Message 2: unclosed `{{` at line 2, column 7: close the variable with `}}`.");
        int offset = "Line one\nAbout ".length();
        assertThat(styleAt(user(), offset)).contains("tpl-error");
        assertThat(viewModel.runBlockedReasonProperty().get()).startsWith("Run is off until the template is fixed.");
        assertThat(robot.lookup(".total-tokens").queryAs(Label.class).getText()).isEqualTo("Tokens: fix the template to count them");
        assertThat(user().getText()).as("nothing typed is lost").isEqualTo("Line one\nAbout {{ topic and more");
    }

    @Test
    void messages_can_be_added_switched_and_moved_with_alt_arrows(FxRobot robot) {
        robot.clickOn("#system-editor").write("Be brief.");
        robot.clickOn("#user-editor").write("Question?");
        robot.interact(() -> viewModel.addMessage(Role.ASSISTANT));
        assertThat(viewModel.messages()).extracting(b -> b.roleProperty().get()).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT);

        robot.clickOn("#user-editor");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        assertThat(viewModel.template().messages()).containsExactly(PromptMessage.user("Question?"), PromptMessage.system("Be brief."),
                PromptMessage.assistant(""));
        robot.interact(() -> viewModel.messages().get(2).roleProperty().set(Role.USER));
        assertThat(viewModel.template().messages().get(2).role()).isEqualTo(Role.USER);
    }

    @Test
    void find_and_replace_with_ctrl_f_and_undo_brings_text_back(FxRobot robot) {
        robot.clickOn("#user-editor").write("cat and cat");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup(".find-bar").query().isVisible()).isTrue();
        robot.write("cat");
        robot.clickOn(".find-bar .text-field:last-of-type");
        robot.lookup(".find-bar .text-field").nth(1).queryTextInputControl().setText("dog");
        robot.clickOn("Replace all");

        assertThat(user().getText()).isEqualTo("dog and dog");
        robot.clickOn("#user-editor");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(user().getText()).isEqualTo("cat and cat");
    }

    @Test
    void context_is_shown_as_reserved_and_test_inputs_are_saved_and_applied(FxRobot robot) {
        robot.interact(() -> viewModel.load(new PromptDocument(PromptTemplate.of(PromptMessage.user("{{ context }}\nQ: {{ q }}")), "", "gpt-4o",
                dev.playground.engine.model.ModelSettings.DEFAULTS, Map.of("q", "first"))));
        assertThat(robot.lookup(".reserved-note").tryQuery()).isPresent();
        assertThat(styleAt(user(), 3)).contains("tpl-reserved");

        robot.interact(() -> viewModel.saveTestInputs("one"));
        robot.interact(() -> viewModel.variables().get(1).valueProperty().set("second"));
        robot.interact(() -> viewModel.applyTestInputs("one"));

        assertThat(robot.lookup("#var-q").queryAs(TextArea.class).getText()).isEqualTo("first");
        assertThat(viewModel.testInputs()).containsKey("one");
    }

    @Test
    void starters_fill_the_editor_and_f1_shows_the_shortcut_sheet(FxRobot robot) {
        robot.clickOn("Starters");
        robot.clickOn("Few-shot classifier");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.messages()).hasSize(2);
        assertThat(viewModel.runBlockedReasonProperty().get()).isEmpty();
        assertThat(robot.lookup(".preview-card").queryAll()).hasSize(2);

        robot.clickOn("#user-editor");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the shortcut sheet did not open", e);
        }
        assertThat(robot.lookup(".shortcut-keys").queryAllAs(Label.class)).extracting(Label::getText).contains("Ctrl+Enter", "Alt+↑ / Alt+↓");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
