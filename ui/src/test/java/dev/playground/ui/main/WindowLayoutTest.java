package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.testing.LayoutAudit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
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
 * Every view at 1024×700 (the settings and study windows as big as such a screen lets them be), in
 * English and Spanish (tabs within a tab too, such as Runs › Monitor): no label or button shows less than its text, no control lies outside its window,
 * the Run button stays in sight with More parameters open, and every icon-only control has a tooltip and
 * a name a screen reader can say.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private static final double SMALL_WIDTH = 1024;
    private static final double SMALL_HEIGHT = 700;

    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private DocumentCollections collections;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the shared primary stage keeps the size the test classes after this one expect.
        Stage stage = new Stage();
        this.stage = stage;
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun(),
                Connection.openAiCompatible("local", "OpenAI-compatible server", "http://127.0.0.1:9/v1", "", "test-model")));
        store.prompts().saveVersion("explainer", PromptDocument.of(PromptTemplate.systemAndUser("You explain {{topic}}.", "Explain {{topic}} briefly.")),
                "first try", "tester");
        // The Playground opens a draft with two tools, one of them wrong: the Tools tab shows its count and mark, the editor a problem.
        store.drafts().save(new dev.playground.store.Draft("main", "explainer", PromptDocument.of(PromptTemplate.systemAndUser("You explain {{topic}}.",
                "Explain {{topic}} briefly.")).withTools(new dev.playground.engine.model.ToolSet(List.of(
                new dev.playground.engine.model.ToolDefinition("lookup_definition", "Finds a definition", "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"strin\"}}}",
                        List.of("{\"definition\": \"...\"}")),
                new dev.playground.engine.model.ToolDefinition("get_time", "Local time", null)), dev.playground.engine.model.ToolChoice.AUTO)), java.time.Instant.now()));
        store.drafts().markAllClosed();
        executor = new VirtualThreadTaskExecutor();
        collections = new DocumentCollections(dataDir, new LazyEmbedder(() -> new MiniLmEmbedder(1)), MiniLmEmbedder.ID);
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", collections);
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.setWidth(SMALL_WIDTH);
        stage.setHeight(SMALL_HEIGHT);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        executor.close();
        collections.close();
        store.close();
    }

    @Test
    void every_view_fits_1024_by_700_in_english(FxRobot robot) throws Exception {
        assertThat(auditEveryView(robot, "en")).isEmpty();
    }

    @Test
    void every_view_fits_1024_by_700_in_spanish(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().languageProperty().set(Locale.forLanguageTag("es")));
        assertThat(auditEveryView(robot, "es")).isEmpty();
    }

    @Test
    void run_stays_in_sight_with_more_parameters_open(FxRobot robot) throws Exception {
        settle(robot);
        robot.interact(() -> robot.from(stage.getScene().getRoot()).lookup("#advanced-parameters").queryAs(TitledPane.class).setExpanded(true));
        settle(robot);
        Button run = robot.from(stage.getScene().getRoot()).lookup("#runButton").queryButton();
        var bounds = run.localToScene(run.getLayoutBounds());
        Scene scene = stage.getScene();
        assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(scene.getHeight());
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(scene.getWidth());
    }

    /** Documents with its collection settings open (splitter, sizes, heading context, embedding model): nothing cut, en and es. */
    @Test
    void documents_collection_settings_open_fit(FxRobot robot) throws Exception {
        for (String language : List.of("en", "es")) {
            robot.interact(() -> window.viewModel().languageProperty().set(Locale.forLanguageTag(language)));
            settle(robot);
            TabPane current = (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
            TitledPane settings = null;
            for (int i = 0; i < current.getTabs().size() && settings == null; i++) {
                int index = i;
                robot.interact(() -> current.getSelectionModel().select(index));
                settle(robot);
                var found = robot.from(stage.getScene().getRoot()).lookup("#collection-settings").tryQuery();
                if (found.isPresent() && found.get().isVisible()) settings = (TitledPane) found.get();
            }
            assertThat(settings).as("the Documents tab's collection settings (" + language + ")").isNotNull();
            TitledPane open = settings;
            robot.interact(() -> open.setExpanded(true));
            settle(robot);
            assertThat(robot.from(open).lookup("#settings-context").tryQuery()).isPresent();
            List<String> problems = new ArrayList<>();
            robot.interact(() -> problems.addAll(LayoutAudit.of(stage.getScene(), "Documents, collection settings open (" + language + ")")));
            assertThat(problems).isEmpty();
        }
    }

    /** Compare with two variants: nothing cut, and the variant columns stretch into the free width (not 160 px each). */
    @Test
    void compare_with_two_variants_fits_and_its_columns_share_the_width(FxRobot robot) throws Exception {
        for (String language : List.of("en", "es")) {
            robot.interact(() -> window.viewModel().languageProperty().set(Locale.forLanguageTag(language)));
            settle(robot);
            robot.interact(() -> {
                if (window.viewModel().compare().columns().isEmpty()) {
                    window.viewModel().compare().grid().addVariant();
                    window.viewModel().compare().grid().addVariant();
                }
            });
            TabPane tabs = (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
            robot.interact(() -> tabs.getSelectionModel().select(1));
            settle(robot);
            List<String> problems = new ArrayList<>();
            robot.interact(() -> problems.addAll(LayoutAudit.of(stage.getScene(), "Compare with variants (" + language + ")")));
            assertThat(problems).isEmpty();
            String first = "#cell-" + window.viewModel().compare().columns().get(0).id() + "-" + window.viewModel().compare().rows().get(0).id();
            javafx.scene.layout.Region cell = robot.lookup(first).queryAs(javafx.scene.layout.Region.class);
            assertThat(cell.getWidth()).as("a variant column's width at 1024x700 (" + language + ")").isGreaterThan(250);
        }
    }

    @Test
    void every_icon_only_control_has_a_tooltip_and_a_name(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> window.viewModel().compare().grid().addVariant());
        forEachView(robot, "en", (scene, where) -> problems.addAll(LayoutAudit.unnamedIcons(scene, where)));
        assertThat(problems).isEmpty();
    }

    @Test
    void f1_opens_the_shortcut_sheet_on_every_tab_and_ctrl_digit_switches_tabs(FxRobot robot) throws Exception {
        settle(robot);
        TabPane tabs = (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            robot.interact(() -> {
                tabs.getSelectionModel().select(tab);
                tabs.requestFocus();
            });
            settle(robot);
            robot.push(javafx.scene.input.KeyCode.F1);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
            javafx.scene.Node sheet = robot.lookup("#shortcut-sheet").query();
            assertThat(robot.from(sheet).lookup(".shortcut-keys").queryAll()).as(tab.getText()).hasSizeGreaterThan(10);
            robot.interact(() -> sheet.getScene().getWindow().hide());
            settle(robot);
        }
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            tabs.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2).release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    private List<String> auditEveryView(FxRobot robot, String language) throws Exception {
        List<String> problems = new ArrayList<>();
        forEachView(robot, language, (scene, where) -> problems.addAll(LayoutAudit.of(scene, where)));
        return problems;
    }

    private interface ViewCheck {
        void check(Scene scene, String where);
    }

    private void forEachView(FxRobot robot, String language, ViewCheck check) throws Exception {
        settle(robot);
        // A server connection shows the most in the parameter column (address, key variable, session key).
        robot.interact(() -> window.viewModel().playground().selectConnection("local"));
        settle(robot);
        TabPane tabs = (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(robot);
            robot.interact(() -> check.check(stage.getScene(), tab.getText() + " (" + language + ")"));
            innerTabs(robot, stage.getScene(), tab.getContent(), tab.getText(), language, check);
        }
        robot.interact(window::openSettings);
        Stage settings = window.settingsWindow().stage();
        checkTabsOf(robot, settings, "Settings", language, check);
        robot.interact(() -> settings.hide());
        robot.interact(window::openStudy);
        Stage study = window.studyWindow().stage();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().study().loadedProperty().get());
        checkTabsOf(robot, study, "Study", language, check);
        robot.interact(() -> study.hide());
    }

    /**
     * Tabs inside a tab (Runs › Every call / Monitor, Evaluate's panes): each is shown and audited in turn, and
     * tabs inside those too, then the first is put back.
     */
    private void innerTabs(FxRobot robot, Scene scene, javafx.scene.Node content, String path, String language, ViewCheck check) throws Exception {
        if (content == null) return;
        List<TabPane> panes = new ArrayList<>();
        robot.interact(() -> outermostTabPanes(content, panes));
        for (TabPane pane : panes) {
            for (Tab inner : List.copyOf(pane.getTabs())) {
                robot.interact(() -> pane.getSelectionModel().select(inner));
                settle(robot);
                String where = path + " › " + inner.getText();
                robot.interact(() -> check.check(scene, where + " (" + language + ")"));
                innerTabs(robot, scene, inner.getContent(), where, language, check);
            }
            robot.interact(() -> pane.getSelectionModel().selectFirst());
        }
    }

    private static void outermostTabPanes(javafx.scene.Node node, List<TabPane> found) {
        if (node instanceof TabPane pane) {
            found.add(pane);
            return;
        }
        if (node instanceof javafx.scene.Parent parent) parent.getChildrenUnmodifiable().forEach(child -> outermostTabPanes(child, found));
    }

    /** A secondary window as big as a 1024×700 screen lets it be, each of its tabs in turn. */
    private void checkTabsOf(FxRobot robot, Stage secondary, String name, String language, ViewCheck check) throws Exception {
        robot.interact(() -> {
            secondary.setWidth(Math.min(secondary.getWidth(), SMALL_WIDTH * 0.9));
            secondary.setHeight(Math.min(secondary.getHeight(), SMALL_HEIGHT * 0.9));
        });
        settle(robot);
        List<TabPane> panes = new ArrayList<>();
        robot.interact(() -> secondary.getScene().getRoot().lookupAll(".tab-pane").forEach(n -> panes.add((TabPane) n)));
        if (panes.isEmpty()) {
            robot.interact(() -> check.check(secondary.getScene(), name + " (" + language + ")"));
            return;
        }
        TabPane tabs = panes.get(0);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(robot);
            robot.interact(() -> check.check(secondary.getScene(), name + " › " + tab.getText() + " (" + language + ")"));
        }
    }

    /** Lets background loads land and the layout pass run. */
    private static void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }
}
