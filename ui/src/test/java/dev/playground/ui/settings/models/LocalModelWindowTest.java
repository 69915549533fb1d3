package dev.playground.ui.settings.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.local.LlamaChatProvider;
import dev.playground.engine.local.LocalModelSettings;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.compare.CompareViewModel;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.playground.PlaygroundViewModel;
import dev.playground.ui.testing.LayoutAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * A fresh window with only the dry run: the first-launch offer shows; a GGUF model (the test kit's tiny one, run by
 * the real llama.cpp binding) added in Settings > Models becomes a connection that answers in the Playground and in
 * Compare with latency and tokens per second shown; and a model too big for the free memory is refused in words.
 */
@ExtendWith(ApplicationExtension.class)
class LocalModelWindowTest {
    @TempDir Path dataDir;
    @TempDir Path disk;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private LlamaChatProvider local;
    private MainWindow window;
    private volatile long memoryFree = 1L << 40;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        local = new LlamaChatProvider(() -> new LocalModelSettings(2, 512, 0), new MemoryCheck(() -> memoryFree));
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(local, new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.setWidth(1280);
        stage.setHeight(860);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        local.close();
        store.close();
    }

    private void addTinyModel(FxRobot robot) throws Exception {
        Path model = TinyChatModel.write(disk.resolve("tiny-chat.gguf"));
        robot.interact(() -> window.openSettings());
        robot.interact(() -> window.settingsWindow().stage().getScene().getRoot().lookupAll(".tab-pane").forEach(n ->
                ((TabPane) n).getTabs().stream().filter(t -> "models-tab".equals(t.getId())).findFirst()
                        .ifPresent(((TabPane) n).getSelectionModel()::select)));
        ModelsViewModel models = window.viewModel().settings().modelsTab();
        robot.interact(() -> models.addFromDisk(model));
        TableView<?> table = robot.from(window.settingsWindow().stage().getScene().getRoot()).lookup("#models-table").queryAs(TableView.class);
        Label message = robot.from(window.settingsWindow().stage().getScene().getRoot()).lookup("#models-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("local-tiny-chat"));
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> window.settingsWindow().stage().hide());
    }

    @Test
    void a_model_added_from_disk_runs_a_prompt_in_the_playground_and_in_compare(FxRobot robot) throws Exception {
        // First launch with nothing but the dry run: the offer is there, and fits the window.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#model-offer").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#model-offer-text").queryAs(Label.class).getText()).contains("Qwen2.5 0.5B Instruct").contains("Apache 2.0");
        robot.interact(() -> assertThat(LayoutAudit.of(window.scene(), "model offer")).isEmpty());

        addTinyModel(robot);
        // A model that can answer now exists: the offer goes away by itself.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#model-offer").query().isVisible());

        PlaygroundViewModel playground = window.viewModel().playground();
        Connection tiny = playground.connections().stream().filter(c -> c.name().equals("local-tiny-chat")).findFirst().orElseThrow();
        robot.interact(() -> playground.selectConnection(tiny.id()));
        robot.clickOn("#user-editor").write("Say hello.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Label stats = robot.lookup(".stats").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stats.getText().contains("Latency"));
        assertThat(stats.getText()).contains("first token").contains("out ").contains("tokens/s");
        assertThat(playground.outputProperty().get()).isNotEmpty();

        CompareViewModel compare = window.viewModel().compare();
        robot.interact(() -> ((TabPane) robot.lookup(".tab-pane").query()).getSelectionModel().select(1));
        robot.interact(() -> {
            compare.grid().addVariant();
            compare.columns().get(0).connectionProperty().set(tiny);
            compare.columns().get(0).maxTokensProperty().set(8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#runAllButton");
        var cell = compare.grid().cell(compare.columns().get(0), compare.rows().get(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !cell.statsProperty().get().isEmpty());
        assertThat(cell.statsProperty().get()).contains("First token").contains("Tokens").contains("tokens/s");
        assertThat(cell.outputProperty().get()).isNotEmpty();
    }

    @Test
    void a_model_bigger_than_the_free_memory_is_refused_before_loading_with_the_figures(FxRobot robot) throws Exception {
        addTinyModel(robot);
        memoryFree = 1 << 20;
        PlaygroundViewModel playground = window.viewModel().playground();
        Connection tiny = playground.connections().stream().filter(c -> c.name().equals("local-tiny-chat")).findFirst().orElseThrow();
        robot.interact(() -> playground.selectConnection(tiny.id()));
        robot.clickOn("#user-editor").write("Say hello.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Label problem = robot.lookup("#answer-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problem.isVisible() && !playground.runningProperty().get());
        assertThat(problem.getText()).contains("tiny-chat.gguf").contains("needs about").contains("is free");
    }
}
