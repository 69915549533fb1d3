package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.store.h2.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: nothing blocks the FX thread. Every store transaction is checked; one started on the FX
 * thread is refused and recorded. The window then starts (connections, draft), is typed into
 * (autosave), switches language, opens every tab and the settings, and closes.
 */
@ExtendWith(ApplicationExtension.class)
class NoStoreOnTheFxThreadTest {
    @TempDir Path dataDir;
    private final List<String> onFxThread = new CopyOnWriteArrayList<>();
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private DocumentCollections collections;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        store.prompts().saveVersion("greeting", PromptDocument.of(PromptTemplate.systemAndUser("", "Hello {{name}}")), "first", "tester");
        store.drafts().save(new Draft(dev.playground.ui.playground.PlaygroundViewModel.DRAFT_ID, "greeting", PromptDocument.of(PromptTemplate.systemAndUser("", "Draft text")), Instant.now()));
        Files.createDirectories(dataDir.resolve("collections").resolve("handbook"));
        executor = new VirtualThreadTaskExecutor();
        collections = new DocumentCollections(dataDir, new LazyEmbedder(MiniLmEmbedder::new), MiniLmEmbedder.ID);
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", collections);
        Jdbc.checkAccessWith(what -> {
            if (!Platform.isFxApplicationThread()) return;
            StackTraceElement caller = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().startsWith("dev.playground.ui.")).findFirst().map(StackWalker.StackFrame::toStackTraceElement).orElse(null));
            onFxThread.add(what + " (from " + caller + ")");
            throw new IllegalStateException("The store was called on the JavaFX thread to " + what);
        });
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        Jdbc.checkAccessWith(null);
        executor.close();
        collections.close();
        store.close();
    }

    @Test
    void the_check_refuses_a_store_call_made_on_the_fx_thread(FxRobot robot) {
        robot.interact(() -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.settings().get("ui.language"))
                .hasMessageContaining("JavaFX thread"));
        assertThat(onFxThread).hasSize(1);
        // Off the FX thread the same call is fine.
        assertThat(store.settings().get("ui.language")).isEmpty();
    }

    @Test
    void start_typing_tabs_language_settings_and_close_never_touch_the_store_on_the_fx_thread(FxRobot robot) throws Exception {
        var editor = robot.lookup("#user-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.getText().equals("Draft text"));
        robot.clickOn("#user-editor").write(" and more");
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        assertThat(store.drafts().load(dev.playground.ui.playground.PlaygroundViewModel.DRAFT_ID)).get()
                .satisfies(d -> assertThat(d.document().template().messages().getLast().template()).isEqualTo("Draft text and more"));

        for (Locale language : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
            TabPane tabs = (TabPane) window.view().root().lookup(".tab-pane");
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.interact(() -> window.viewModel().languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connection-list").tryQuery().isPresent());
        robot.clickOn("greeting  (v1)");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(onFxThread).as("store calls made on the JavaFX thread").isEmpty();
        assertThat(store.drafts().interrupted()).as("a clean close marks the drafts closed").isEmpty();
    }
}
