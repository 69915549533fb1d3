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
import dev.playground.ui.compare.VariantColumn;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * Nothing changes a saved connection behind the user's back: a base URL typed in the Playground is an
 * override for that window's runs (the run goes there, the saved connection and Compare keep theirs), and a
 * Compare column moved to another connection takes that connection's model. Both model pickers offer what
 * the server lists.
 */
@ExtendWith(ApplicationExtension.class)
class NoSilentChangesTest {
    @TempDir Path dataDir;
    private OpenAiWireServer saved;
    private OpenAiWireServer other;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        saved = OpenAiWireServer.start().listing("test-model", "test-model-large");
        other = OpenAiWireServer.start().listing("other-model");
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.openAiCompatible("loopback", "Loopback server", saved.baseUrl(), "", "test-model"),
                Connection.openAiCompatible("second", "Second server", other.baseUrl(), "", "other-model"), Connection.dryRun()));
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
        saved.close();
        other.close();
    }

    @Test
    void a_base_url_typed_in_the_playground_is_this_windows_override_and_never_edits_the_saved_connection(FxRobot robot) throws Exception {
        PlaygroundViewModel playground = window.viewModel().playground();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> playground.connectionProperty().get() != null);
        robot.interact(() -> playground.selectConnection("loopback"));
        robot.clickOn("#user-editor").write("Say hi.");
        TextField baseUrl = robot.lookup("#baseUrlField").queryAs(TextField.class);
        robot.clickOn(baseUrl).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(other.baseUrl());
        assertThat(robot.lookup("#use-saved-connection").query().isVisible()).isTrue();

        other.enqueue(Reply.streamWithDelays(0, 0, "Hi", " there"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        TextArea output = robot.lookup(".output-area").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> output.getText().equals("Hi there"));

        // The run went to the typed address; the saved connection, the pickers' list and Compare still point at the saved one.
        assertThat(other.requests()).hasSize(1);
        assertThat(saved.requests()).isEmpty();
        Connection stored = store.connections().all().stream().filter(c -> c.id().equals("loopback")).findFirst().orElseThrow();
        assertThat(stored.baseUrl()).isEqualTo(saved.baseUrl());
        assertThat(stored.defaultModel()).isEqualTo("test-model");
        assertThat(playground.connections()).filteredOn(c -> c.id().equals("loopback")).singleElement()
                .satisfies(c -> assertThat(c.baseUrl()).isEqualTo(saved.baseUrl()));
        assertThat(window.viewModel().compare().connections()).filteredOn(c -> c.id().equals("loopback")).singleElement()
                .satisfies(c -> assertThat(c.baseUrl()).isEqualTo(saved.baseUrl()));

        robot.clickOn("#use-saved-connection");
        assertThat(baseUrl.getText()).isEqualTo(saved.baseUrl());
        assertThat(robot.lookup("#use-saved-connection").query().isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_model_picker_offers_the_servers_models_and_typing_still_works(FxRobot robot) throws Exception {
        PlaygroundViewModel playground = window.viewModel().playground();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> playground.connectionProperty().get() != null);
        robot.interact(() -> playground.selectConnection("loopback"));
        ComboBox<String> model = robot.lookup("#modelField").queryAs(ComboBox.class);
        robot.interact(model::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.getItems().size() == 2);
        assertThat(model.getItems()).containsExactly("test-model", "test-model-large");
        robot.interact(() -> model.getSelectionModel().select("test-model-large"));
        robot.interact(model::hide);
        assertThat(playground.modelProperty().get()).isEqualTo("test-model-large");

        robot.clickOn(model.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("my-own-model");
        assertThat(playground.modelProperty().get()).isEqualTo("my-own-model");
    }

    @Test
    void a_compare_column_moved_to_another_connection_takes_that_connections_model(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.viewModel().compare().connections().isEmpty());
        VariantColumn[] column = new VariantColumn[1];
        robot.interact(() -> column[0] = window.viewModel().compare().grid().addVariant());
        Connection second = window.viewModel().compare().connections().stream().filter(c -> c.id().equals("second")).findFirst().orElseThrow();
        Connection first = window.viewModel().compare().connections().stream().filter(c -> c.id().equals("loopback")).findFirst().orElseThrow();

        robot.interact(() -> column[0].connectionProperty().set(first));
        assertThat(column[0].modelProperty().get()).isEqualTo("test-model");
        robot.interact(() -> column[0].connectionProperty().set(second));
        assertThat(column[0].modelProperty().get()).isEqualTo("other-model");

        // Its picker (in the Compare tab) lists what the second server offers.
        robot.interact(() -> window.view().root().lookupAll(".tab-pane").stream().findFirst()
                .ifPresent(tabs -> ((javafx.scene.control.TabPane) tabs).getSelectionModel().select(1)));
        WaitForAsyncUtils.waitForFxEvents();
        Node editor = robot.lookup("#model-" + column[0].id()).query();
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = (ComboBox<String>) editor.getParent();
        robot.interact(picker::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getItems().contains("other-model"));
        robot.interact(picker::hide);
        assertThat(column[0].modelProperty().get()).isEqualTo("other-model");
    }
}
