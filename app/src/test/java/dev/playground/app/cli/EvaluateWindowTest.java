package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.app.AppContext;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.evaluate.EvalCell;
import dev.playground.ui.evaluate.EvalMatrix;
import dev.playground.ui.evaluate.EvaluateView;
import dev.playground.ui.evaluate.EvaluateViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Evaluate view over the real suite runner (the one {@code playground eval} uses) against a loopback
 * OpenAI-compatible server: a suite in a bundle runs, the row the model gets wrong shows as a failing cell, and
 * picking it shows the model's answer and why the assertion failed.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluateWindowTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private AppContext context;
    private EvaluateViewModel viewModel;
    private Path suite;

    /** "capital of France" is answered "Paris"; anything else with a sentence about Europe. */
    private static ScriptedReply answer(JsonNode body) {
        JsonNode messages = body.path("messages");
        String last = messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("content").asText();
        return last.contains("capital of France") ? ScriptedReply.stream("Paris") : ScriptedReply.stream("It is a country ", "in Europe.");
    }

    @Start
    void start(Stage stage) throws Exception {
        server = OpenAiWireServer.start();
        server.respondWith(EvaluateWindowTest::answer);
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-eval-window-0123456789");
        Path data = dir.resolve("data");
        context = new AppContext(data, AppContext.secrets(data, env), env);
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.createDirectories(bundle.resolve("suites"));
        Files.writeString(bundle.resolve("prompts/capital.prompt.yaml"), """
                formatVersion: 1
                name: capital
                versions:
                  - version: 1
                    author: tester
                    commitMessage: one word
                    messages:
                      - role: user
                        content: What is the capital of {{ country }}? Answer in one word.
                """, StandardCharsets.UTF_8);
        suite = Files.writeString(bundle.resolve("suites/capitals.suite.yaml"), """
                formatVersion: 2
                suite: capitals
                prompts: [capital/1]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                      temperature: 0
                tests:
                  - description: France
                    vars: {country: France}
                    assert:
                      - type: icontains
                        value: paris
                  - description: Italy
                    vars: {country: Italy}
                    assert:
                      - type: icontains
                        value: rome
                """.formatted(server.baseUrl()), StandardCharsets.UTF_8);
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new EvaluateViewModel(new WindowSuiteRuns(context), context.executor(), i18n);
        Scene scene = new Scene(new EvaluateView(viewModel, i18n).root(), 1200, 760);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_failing_cell_shows_the_answer_and_the_failed_check(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.openSuite(suite));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.suiteFileProperty().get() != null);
        robot.clickOn("#evaluate-run");
        // Waits for the run to end (an event, not a time): the finish message names the pass count.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.messageProperty().get().contains("cells passed"));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#evaluate-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("1 of 2 cells passed (50%); 1 failed, 0 errors.");
        TableView<EvalMatrix.Line> matrix = robot.lookup("#evaluate-matrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).extracting(EvalMatrix.Line::label).containsExactly("France", "Italy");
        assertThat(matrix.getItems().get(1).cell(0).status()).isEqualTo(EvalCell.Status.FAIL);

        robot.clickOn("#evaluate-filter-failures");
        assertThat(matrix.getItems()).extracting(EvalMatrix.Line::label).containsExactly("Italy");
        // A table reuses its cells: click the failing cell that is on screen, not a recycled one kept out of sight.
        robot.clickOn((javafx.scene.Node) robot.lookup("#evaluate-matrix .eval-fail").match(javafx.scene.Node::isVisible).query());
        TextArea output = robot.lookup("#evaluate-output").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !output.getText().isEmpty());
        assertThat(output.getText()).isEqualTo("It is a country in Europe.");
        ListView<EvalCell.Check> checks = robot.lookup("#evaluate-checks").queryAs(ListView.class);
        assertThat(checks.getItems()).singleElement().satisfies(check -> {
            assertThat(check.passed()).isFalse();
            assertThat(check.reason()).isNotBlank();
        });
        assertThat(server.requests()).hasSize(2);
    }
}
