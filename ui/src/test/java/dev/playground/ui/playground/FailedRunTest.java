package dev.playground.ui.playground;

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
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * A run that fails says so where the answer would be, with what to do, and shows no figures for a call
 * that brought nothing back; the next good run clears the message and shows its figures.
 */
@ExtendWith(ApplicationExtension.class)
class FailedRunTest {
    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;
    private String deadUrl;

    @Start
    void start(Stage stage) throws Exception {
        server = OpenAiWireServer.start();
        try (ServerSocket closed = new ServerSocket(0)) {
            deadUrl = "http://127.0.0.1:" + closed.getLocalPort() + "/v1";
        }
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.openAiCompatible("dead", "Stopped server", deadUrl, "", "test-model"),
                Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "test-model"), Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    @Test
    void a_failed_run_shows_its_message_in_the_answer_pane_and_no_figures(FxRobot robot) throws Exception {
        PlaygroundViewModel playground = window.viewModel().playground();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> playground.connectionProperty().get() != null);
        robot.interact(() -> playground.selectConnection("dead"));
        robot.clickOn("#user-editor").write("Say hi.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        Label problem = robot.lookup("#answer-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problem.isVisible() && !playground.runningProperty().get());
        assertThat(problem.getText()).startsWith("This run failed: ").contains(deadUrl).contains("press Run (Ctrl+Enter) again");
        assertThat(robot.lookup(".output-area").queryAs(TextArea.class).getText()).isEmpty();
        Label stats = robot.lookup(".stats").queryAs(Label.class);
        assertThat(stats.isVisible()).isFalse();
        assertThat(stats.getText()).isEmpty();

        server.enqueue(Reply.stream("Hi", "!"));
        robot.interact(() -> playground.selectConnection("loopback"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stats.getText().contains("Latency"));
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.lookup(".output-area").queryAs(TextArea.class).getText()).isEqualTo("Hi!");
    }
}
