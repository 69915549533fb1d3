package dev.playground.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.ui.common.I18n;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the Spanish interface, template problems are in Spanish too (the command line keeps English). */
@ExtendWith(ApplicationExtension.class)
class PromptEditorSpanishTest {
    private PromptEditorViewModel viewModel;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.forLanguageTag("es"));
        viewModel = new PromptEditorViewModel(new CurrentThreadTaskExecutor(),
                new PromptAnalyzer(new TemplateRenderer(), new TokenCounter(), PriceTable::defaults), i18n);
        viewModel.modelProperty().set("gpt-4o-mini");
        PromptEditorView view = new PromptEditorView(viewModel, i18n);
        stage.setScene(new Scene(new HBox(view.root(), view.previewNode()), 1100, 800));
        stage.show();
    }

    @Test
    void a_syntax_error_is_described_in_spanish_with_line_and_column(FxRobot robot) {
        robot.interact(() -> viewModel.load(PromptDocument.of(PromptTemplate.systemAndUser("Sé breve.", "Hola\nSobre {{ tema y más"))));

        Label problem = robot.lookup(".problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Mensaje 2: `{{` sin cerrar en la línea 2, columna 7: cierra la variable con `}}`.");
        assertThat(viewModel.runBlockedReasonProperty().get())
                .isEqualTo("No se puede ejecutar hasta corregir la plantilla. " + problem.getText());
    }

    @Test
    void a_block_left_open_is_described_in_spanish(FxRobot robot) {
        robot.interact(() -> viewModel.load(PromptDocument.of(PromptTemplate.systemAndUser(
                "{% for ejemplo in ejemplos %}\n{{ ejemplo }}", "¿{{ pregunta }}?"))));

        assertThat(robot.lookup(".problem").queryAs(Label.class).getText())
                .isEqualTo("Mensaje 1: `{% for %}` sin cerrar en la línea 1, columna 1: añade `{% endfor %}` donde deba terminar.");
    }
}
