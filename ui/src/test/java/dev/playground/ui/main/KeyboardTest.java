package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.compare.CellModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
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
 * The keyboard user's window: Ctrl+Enter runs what the tab in front runs, the focus wears a ring, a field
 * reached by Tab scrolls into view, and a narrow toolbar keeps every action.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        executor.close();
        store.close();
    }

    private TabPane tabs() {
        return (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
    }

    private void select(FxRobot robot, String id, String text) throws Exception {
        robot.interact(() -> {
            Tab tab = tabs().getTabs().stream().filter(t -> id.equals(t.getId()) || text.equals(t.getText())).findFirst().orElseThrow();
            tabs().getSelectionModel().select(tab);
            tabs().requestFocus();
        });
        settle(robot);
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl_enter_runs_what_the_tab_in_front_runs_and_nothing_elsewhere(FxRobot robot) throws Exception {
        settle(robot);
        var playground = window.viewModel().playground();
        var compare = window.viewModel().compare();
        robot.interact(() -> {
            playground.editor().messages().get(1).textProperty().set("Say hello.");
            compare.grid().addVariant();
        });
        CellModel cell = compare.grid().cell(compare.columns().get(0), compare.rows().get(0));

        select(robot, "datasets-tab", "Datasets");
        ctrlEnter(robot);
        settle(robot);
        assertThat(playground.outputProperty().get()).as("Datasets has nothing to run").isEmpty();
        assertThat(cell.stateProperty().get()).isNotEqualTo(CellModel.State.DONE);

        select(robot, "", "Compare");
        ctrlEnter(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell.stateProperty().get() == CellModel.State.DONE);
        assertThat(playground.outputProperty().get()).as("Compare's Ctrl+Enter leaves the Playground alone").isEmpty();

        select(robot, "", "Playground");
        ctrlEnter(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !playground.outputProperty().get().isEmpty());
    }

    @Test
    void every_control_reached_with_tab_wears_a_focus_ring(FxRobot robot) throws Exception {
        settle(robot);
        robot.interact(() -> stage.getScene().getRoot().lookup("#newButton").requestFocus());
        List<String> bare = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 25; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = stage.getScene().getFocusOwner();
            if (!(owner instanceof Control control) || !control.isFocusVisible()) continue;
            checked++;
            boolean ring = ringOn(control);
            if (!ring) bare.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()));
        }
        assertThat(checked).as("Tab moved the focus through the window").isGreaterThan(10);
        assertThat(bare).as("controls focused by Tab without a ring").isEmpty();
    }

    /** The ring is an effect on the control or, for a tab pane, on its selected tab's header. */
    private static boolean ringOn(Control control) {
        if (control.getEffect() != null) return true;
        if (control instanceof TabPane pane) return pane.lookupAll(".tab:selected").stream().anyMatch(tab -> tab.getEffect() != null);
        return false;
    }

    @Test
    void a_parameter_reached_by_the_focus_scrolls_into_view(FxRobot robot) throws Exception {
        settle(robot);
        TitledPane more = robot.lookup("#advanced-parameters").queryAs(TitledPane.class);
        robot.interact(() -> more.setExpanded(true));
        settle(robot);
        ScrollPane scroll = robot.lookup(".parameters-scroll").queryAs(ScrollPane.class);
        List<Control> fields = new ArrayList<>();
        robot.interact(() -> collectFocusable(more.getContent(), fields));
        Control last = fields.get(fields.size() - 1);
        assertThat(inView(scroll, last)).as("the last parameter starts out of sight").isFalse();
        robot.interact(last::requestFocus);
        settle(robot);
        assertThat(inView(scroll, last)).as("focused, it is scrolled into sight").isTrue();
        Control first = robot.lookup("#connectionBox").queryAs(Control.class);
        robot.interact(first::requestFocus);
        settle(robot);
        assertThat(inView(scroll, first)).isTrue();
    }

    private static void collectFocusable(Node node, List<Control> out) {
        if (node instanceof Control control && control.isFocusTraversable() && control.isVisible()) out.add(control);
        if (node instanceof Parent parent && !(node instanceof Control)) parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, out));
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= viewport.getMinY() - 1 && shown.getMaxY() <= viewport.getMaxY() + 1;
    }

    @Test
    void at_800_pixels_every_toolbar_action_stays_on_the_toolbar(FxRobot robot) throws Exception {
        // The window's least width is 1024 unless the screen is narrower: stand in for an 800-pixel screen.
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setWidth(800);
        });
        settle(robot);
        assertThat(window.view().compactToolbar()).isTrue();
        Scene scene = stage.getScene();
        for (String id : List.of("#newButton", "#saveButton", "#theme-toggle", "#open-study", "#open-settings")) {
            Node button = robot.lookup(id).query();
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            assertThat(button.isVisible() && button.getScene() == scene).as(id).isTrue();
            assertThat(bounds.getMaxX()).as(id + " inside the window").isLessThanOrEqualTo(scene.getWidth());
            assertThat(((Control) button).getTooltip()).as(id + " says what it does").isNotNull();
        }
        // The Playground still shares the narrow width: editor and answer each get at least their minimum, Run is in sight.
        javafx.scene.control.SplitPane split = robot.lookup("#split").queryAs(javafx.scene.control.SplitPane.class);
        double needed = split.getItems().stream().mapToDouble(item -> ((javafx.scene.layout.Region) item).minWidth(-1)).sum();
        assertThat(split.getWidth()).as("editor and answer side by side without overlap").isGreaterThanOrEqualTo(needed);
        Button run = robot.lookup("#runButton").queryButton();
        assertThat(run.localToScene(run.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(scene.getWidth());
        robot.interact(() -> stage.setWidth(1440));
        settle(robot);
        assertThat(window.view().compactToolbar()).as("a wide window shows the words again").isFalse();
        assertThat(robot.lookup("#open-settings").queryButton().getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.LEFT);
    }

    private static void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }
}
