package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** Type a prompt, run it against the loopback server, watch it stream, save, restart, find the version. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundFlowTest {
    @TempDir Path dataDir;
    private static OpenAiWireServer server;

    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        this.stage = stage;
        window = openWindow(stage, Locale.ENGLISH);
        stage.show();
    }

    private MainWindow openWindow(Stage target, Locale locale) {
        store = LocalStore.open(dataDir);
        if (store.connections().all().isEmpty()) {
            store.connections().saveAll(List.of(Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "test-model"),
                    Connection.dryRun()));
        }
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        return new MainWindow(target, new MainViewModel(services, locale));
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    @Test
    void type_run_stream_save_and_find_the_version_after_a_restart(FxRobot robot) throws Exception {
        server.enqueue(Reply.streamWithDelays(0, 30, "Hola", " Ana", ", ", "¿qué ", "tal?"));

        robot.clickOn("#user-editor").write("Greet {{name}} warmly.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#var-name").tryQuery().isPresent());
        robot.clickOn("#var-name").write("Ana");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        TextArea output = robot.lookup(".output-area").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> output.getText().equals("Hola Ana, ¿qué tal?"));
        Label stats = robot.lookup(".stats").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stats.getText().contains("Latency"));
        assertThat(stats.getText()).contains("first token").contains("out 5");
        assertThat(server.lastRequest().body().path("messages").get(0).path("content").asText()).isEqualTo("Greet Ana warmly.");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#save-name").tryQuery().isPresent());
        robot.clickOn("#save-name").write("greeting");
        robot.clickOn("#save-message").write("first try").type(KeyCode.ENTER);

        ListView<?> prompts = robot.lookup(".library .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> prompts.getItems().size() == 1);
        // The saved version shows at once: the library selects the prompt and lists it, History follows the open prompt.
        ListView<?> savedVersions = robot.lookup(".library .list-view").nth(1).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> savedVersions.getItems().size() == 1);
        MainViewModel main = window.viewModel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> main.history().versions().size() == 1);
        assertThat(main.history().promptNameProperty().get()).isEqualTo("greeting");
        assertThat(robot.lookup(".prompt-name").queryAs(Label.class).getText()).isEqualTo("greeting");
        robot.interact(() -> window.view().playgroundView().userEditor().appendText(" Thanks."));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".prompt-name").queryAs(Label.class).getText().equals("greeting • unsaved edits"));

        // Restart: close the window (autosaves the draft), reopen the store, build a fresh window.
        robot.interact(() -> {
            stage.getOnCloseRequest().handle(null);
            stage.hide();
        });
        executor.close();
        store.close();
        robot.interact(() -> {
            Stage reopened = new Stage();
            openWindow(reopened, Locale.forLanguageTag("es"));
            reopened.show();
            stage = reopened;
        });

        ListView<?> reopenedPrompts = robot.lookup(".library .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reopenedPrompts.getItems().size() == 1);
        assertThat(reopenedPrompts.getItems().get(0).toString()).contains("greeting");
        robot.clickOn("greeting  (v1)");
        ListView<?> versions = robot.lookup(".library .list-view").nth(1).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> versions.getItems().size() == 1);
        assertThat(store.prompts().version("greeting", 1)).get()
                .satisfies(v -> assertThat(v.document().template().textOf(dev.playground.engine.model.Role.USER)).isEqualTo("Greet {{name}} warmly."))
                .satisfies(v -> assertThat(v.commitMessage()).isEqualTo("first try"));
        // The restored draft is back in the editor, and the window now speaks Spanish.
        assertThat(robot.lookup("#user-editor").queryAs(org.fxmisc.richtext.CodeArea.class).getText()).isEqualTo("Greet {{name}} warmly. Thanks.");
        assertThat(robot.lookup("#editor-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(0).getText()).isEqualTo("Mensajes");
    }

    @Test
    void a_missing_variable_blocks_the_run_and_says_which(FxRobot robot) {
        robot.clickOn("#user-editor").write("Summarise {{document}}");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        Label status = robot.lookup(".status-bar").queryAs(Label.class);
        assertThat(status.getText()).contains("document");
        assertThat(server.requests()).isEmpty();
    }
}
