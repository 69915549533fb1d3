package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TabPane;
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
 * Issue 12: switching the language rebuilds the views around the same view models; the old views
 * (every tab built, not only the visible one) must not stay attached to the view models. When one
 * does, the test prints the chain of references that holds it (LEAK PATH) from the main view model and writes a
 * heap dump to {@code ui/target} for holders outside it (in December 2026 one was JavaFX's own render paths,
 * decision record 0083).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchLeakTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private DocumentCollections collections;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        collections = new DocumentCollections(dataDir, new LazyEmbedder(MiniLmEmbedder::new), MiniLmEmbedder.ID);
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", collections);
        // A stage of its own: TestFX keeps the last events fired on its primary stage (and so their targets).
        Stage own = new Stage();
        window = new MainWindow(own, new MainViewModel(services, Locale.ENGLISH));
        own.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.close();
        collections.close();
        store.close();
    }

    /** Builds every tab of the current view (so each feature's view is attached), remembers them weakly, switches. */
    private void switchTo(FxRobot robot, Locale language, List<WeakReference<Object>> oldViews) {
        TabPane tabs = (TabPane) window.view().root().lookup(".tab-pane");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        oldViews.add(new WeakReference<>(window.view()));
        oldViews.add(new WeakReference<>(window.view().root()));
        for (var tab : tabs.getTabs()) if (tab.getContent() != null) oldViews.add(new WeakReference<>(tab.getContent()));
        robot.interact(() -> window.viewModel().languageProperty().set(language));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void five_language_switches_leave_no_old_view_reachable(FxRobot robot) throws Exception {
        List<WeakReference<Object>> oldViews = new ArrayList<>();
        List<Locale> languages = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.ENGLISH, Locale.forLanguageTag("es"));
        for (Locale language : languages) switchTo(robot, language, oldViews);
        // Pulses and animations may hold the last scene graph for a frame or two: ask the collector until it is done.
        long waitStart = System.nanoTime();
        long deadline = waitStart + 15_000_000_000L;
        while (oldViews.stream().anyMatch(ref -> ref.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
        System.out.printf("%d old views; waited %d ms for the collector%n", oldViews.size(), (System.nanoTime() - waitStart) / 1_000_000);
        oldViews.stream().map(WeakReference::get).filter(java.util.Objects::nonNull).limit(7).forEach(view ->
            System.out.println("LEAK PATH: " + dev.playground.ui.testing.ReferencePath.find(window.viewModel(), o -> o == view).orElse("none found from the view model")));
        List<String> alive = oldViews.stream().map(WeakReference::get).filter(java.util.Objects::nonNull)
                .map(view -> view.getClass().getSimpleName() + (view instanceof javafx.scene.Node n ? "#" + n.getId() + n.getStyleClass() : "")).toList();
        if (!alive.isEmpty() || System.getProperty("leak.dump") != null) dumpHeap();
        assertThat(alive).as("old views still reachable after five language switches").isEmpty();
        assertThat(oldViews).hasSizeGreaterThan(5 * 3);
    }

    /** A heap dump for finding what holds old views when the check fails. */
    private static void dumpHeap() throws java.io.IOException {
        Path dump = Path.of("target", "language-switch-leak-" + System.currentTimeMillis() + ".hprof").toAbsolutePath();
        java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .dumpHeap(dump.toString(), true);
        System.out.println("HEAP DUMP: " + dump);
    }
}
