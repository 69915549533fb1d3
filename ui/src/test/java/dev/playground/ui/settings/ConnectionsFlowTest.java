package dev.playground.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.secrets.EncryptedFileSecretStore;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
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
 * Settings > Connections against a loopback OpenAI-compatible server that demands a key: add a vLLM
 * connection, test it (models listed), save it (the Playground picker shows it), edit it, see bad input
 * refused with a message, remove it after confirming; the typed key is in no file in plain text.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsFlowTest {
    private static final String KEY = "sk-loopback-7f3a9c2e5b1d4068";

    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private ModelGateway gateway;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start().listing("qwen2.5-7b-instruct", "llama-3.1-8b").requireApiKey(KEY);
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        SecretResolver secrets = new SecretResolver(Map.of(), new EncryptedFileSecretStore(dataDir.resolve("secrets")));
        gateway = new ModelGateway(secrets, List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5)), new DryRunProvider(tokens)));
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
    void add_test_save_edit_and_remove_a_connection_without_the_key_reaching_any_file(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connection-list").tryQuery().isPresent());

        robot.clickOn("#connection-add").clickOn("vLLM");
        replace(robot, "#connection-name", "Lab vLLM");
        replace(robot, "#connection-base-url", server.baseUrl());
        robot.clickOn("#connection-key").write(KEY);

        // The typed key is tried before it is saved.
        robot.clickOn("#connection-test");
        Label result = robot.lookup("#connection-test-result").queryAs(Label.class);
        waitForText(result, "Connected in");
        assertThat(result.getText()).contains("2 models");
        assertThat(robot.lookup("#connection-models").queryListView().getItems()).containsExactly("qwen2.5-7b-instruct", "llama-3.1-8b");

        robot.clickOn("#connection-save");
        Label status = robot.lookup("#connection-key-status").queryAs(Label.class);
        waitForText(status, "Stored in the encrypted key file");
        assertThat(robot.lookup("#connection-key").queryAs(PasswordField.class).getText()).isEmpty();
        Connection saved = store.connections().all().stream().filter(c -> c.name().equals("Lab vLLM")).findFirst().orElseThrow();
        assertThat(saved.kind()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
        assertThat(saved.baseUrl()).isEqualTo(server.baseUrl());
        // The Playground's picker has it at once.
        ComboBox<?> picker = robot.from(window.scene().getRoot()).lookup(".parameters .combo-box").queryComboBox();
        assertThat(picker.getItems()).anyMatch(item -> ((Connection) item).name().equals("Lab vLLM"));

        // Test again with nothing typed: the stored key is used.
        robot.clickOn("#connection-test");
        waitForText(result, "Connected in");
        assertThat(server.requests()).as("testing lists models; it sends no chat request").isEmpty();
        // A wrong key is refused with a clear message, and the wrong key is not shown.
        robot.clickOn("#connection-key").write("sk-wrong-1234567890abcdef");
        robot.clickOn("#connection-test");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getText().contains("HTTP 401"));
        assertThat(result.getText()).contains("refused the key").doesNotContain("sk-wrong");
        robot.clickOn("#connection-revert");

        // Edit: a dead address says so; bad numbers are refused; a good edit is saved with its limits.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        replace(robot, "#connection-base-url", "http://127.0.0.1:" + closedPort + "/v1");
        robot.clickOn("#connection-test");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getText().startsWith("Nothing answered at http://127.0.0.1:" + closedPort));
        replace(robot, "#connection-base-url", server.baseUrl());
        replace(robot, "#connection-retries", "lots");
        robot.clickOn("#connection-save");
        Label message = robot.lookup("#connection-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Retries: \"lots\" is not a number");
        replace(robot, "#connection-retries", "1");
        replace(robot, "#connection-per-minute", "30");
        replace(robot, "#connection-name", "Lab vLLM (GPU)");
        robot.clickOn("#connection-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.connections().all().stream().anyMatch(c -> c.name().equals("Lab vLLM (GPU)")));
        assertThat(gateway.policy(saved.id()).maxRetries()).isEqualTo(1);
        assertThat(store.connections().policies().get(saved.id())).satisfies(p -> {
            assertThat(p.maxRetries()).isEqualTo(1);
            assertThat(p.requestsPerMinute()).isEqualTo(30);
        });
        assertThat(picker.getItems()).anyMatch(item -> ((Connection) item).name().equals("Lab vLLM (GPU)"));

        assertNoFileHoldsTheKey();

        // Remove, after confirming: gone from the list, the store and the key file.
        robot.clickOn("#connection-remove");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connection-remove-confirm").tryQuery().isPresent());
        robot.clickOn("OK");
        ListView<?> list = robot.lookup("#connection-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.connections().all().size() == 1 && !gateway.secrets().hasStoredKey(saved.id()));
        assertThat(picker.getItems()).noneMatch(item -> ((Connection) item).id().equals(saved.id()));
    }

    private void assertNoFileHoldsTheKey() throws Exception {
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = KEY.getBytes(StandardCharsets.UTF_16BE);
        assertThat(Files.exists(dataDir.resolve("secrets/secrets.enc"))).as("the key was stored encrypted").isTrue();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, key)).as("plain key in %s", file).isNegative();
                assertThat(indexOf(content, utf16)).as("UTF-16 key in %s", file).isNegative();
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Waits for a label to start with {@code expected}; on timeout the failure shows what it said instead. */
    private static void waitForText(Label label, String expected) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label.getText().startsWith(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            String said = label.getScene().getRoot().lookupAll("#connection-message").stream().map(n -> ((Label) n).getText()).findFirst().orElse("");
            Node test = label.getScene().lookup("#connection-test");
            assertThat(label.getText()).as("message: %s; test button %s disabled=%s window %s", said, test.localToScreen(test.getBoundsInLocal()),
                    test.isDisabled(), label.getScene().getWindow().getHeight()).startsWith(expected);
        }
    }

    private static void replace(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }
}
