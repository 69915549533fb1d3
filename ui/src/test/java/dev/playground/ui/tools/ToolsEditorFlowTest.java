package dev.playground.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real window: add a tool on the Tools tab, see a schema error where you type, fix it, save a version with it. */
@ExtendWith(ApplicationExtension.class)
class ToolsEditorFlowTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void a_tool_is_edited_its_schema_error_shown_and_it_is_saved_with_the_version(FxRobot robot) throws Exception {
        robot.clickOn("#user-editor").write("What is the weather in Lima?");
        robot.clickOn("#tools-tab");
        waitFor(() -> robot.lookup("#add-tool").tryQuery().isPresent());
        robot.clickOn("#add-tool");
        robot.clickOn("#tool-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("get_weather");
        robot.clickOn("#tool-description").write("Current weather in a city");
        TextArea parameters = robot.lookup("#tool-parameters").queryAs(TextArea.class);
        robot.interact(() -> parameters.setText("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}"));

        Label problem = robot.lookup("#tool-problem").queryAs(Label.class);
        waitFor(() -> problem.isVisible() && problem.getText().startsWith("The parameters are not valid JSON at line 1"));
        Node warning = robot.lookup("#tools-tab").queryAs(Node.class);
        assertThat(warning).isNotNull();

        // Saving with a broken tool is refused, in words, and nothing is saved.
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#save-name").tryQuery().isPresent());
        robot.clickOn("#save-name").write("weather");
        robot.clickOn("#save-message").write("with a tool").type(KeyCode.ENTER);
        Label status = robot.lookup(".playground .status-bar").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("The tools have problems"));
        assertThat(store.prompts().versions("weather")).isEmpty();

        // The field may sit below the form's fold (the problem above it takes lines): focus it, then type.
        robot.interact(() -> {
            parameters.requestFocus();
            parameters.end();
        });
        robot.write("}");
        waitFor(() -> !problem.isVisible());
        robot.interact(() -> robot.lookup("#add-mock").queryButton().fire());
        TextArea mock = robot.lookup(".tool-mock").queryAs(TextArea.class);
        robot.interact(mock::requestFocus);
        robot.write("{\"tempC\": 19}");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#save-name").tryQuery().isPresent());
        robot.clickOn("#save-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("weather");
        robot.clickOn("#save-message").write("with a tool").type(KeyCode.ENTER);
        waitFor(() -> store.prompts().versions("weather").size() == 1);

        PromptVersion saved = store.prompts().versions("weather").getFirst();
        ToolDefinition tool = saved.document().tools().find("get_weather").orElseThrow();
        assertThat(tool.description()).isEqualTo("Current weather in a city");
        assertThat(tool.parameters()).isEqualTo("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
        assertThat(tool.mocks()).containsExactly("{\"tempC\": 19}");
        assertThat(saved.document().template().messages()).isNotEmpty();
        // History follows the saved prompt before the test ends (its reads use the executor closed after the test).
        waitFor(() -> window.viewModel().history().versions().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
